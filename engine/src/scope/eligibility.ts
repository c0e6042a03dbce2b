// DESIGN §4.2 eligibility: include kinds combine as a union, exclude wins.
import type {
  CustomerSelector,
  ProductSelector,
  Scope,
} from '../program/program.js';
import type { Customer, Product } from '../calculation/input.js';

function customerMatches(
  selector: CustomerSelector,
  customer: Customer,
): boolean {
  return (
    selector.codes.includes(customer.code) ||
    selector.groups.includes(customer.group) ||
    selector.regions.includes(customer.region) ||
    customer.tags.some((tag) => selector.tags.includes(tag))
  );
}

function productMatches(selector: ProductSelector, product: Product): boolean {
  return (
    selector.skus.includes(product.sku) ||
    selector.categories.includes(product.category) ||
    selector.brands.includes(product.brand)
  );
}

function inScope<Selector, Item>(
  scope: Scope<Selector>,
  item: Item,
  matches: (selector: Selector, item: Item) => boolean,
): boolean {
  if (scope.exclude !== null && matches(scope.exclude, item)) return false;

  return scope.include === null || matches(scope.include, item);
}

export function matchesCustomer(
  scope: Scope<CustomerSelector>,
  customer: Customer,
): boolean {
  return inScope(scope, customer, customerMatches);
}

export function matchesProduct(
  scope: Scope<ProductSelector>,
  product: Product,
): boolean {
  return inScope(scope, product, productMatches);
}
