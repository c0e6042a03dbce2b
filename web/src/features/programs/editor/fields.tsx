import { DatePicker, InputNumber, Select, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/translate';

/** A decimal typed as text and kept as text: never a binary float. */
export function DecimalInput({
  suffix,
  ...props
}: {
  suffix?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  id?: string;
}) {
  return (
    <InputNumber<string>
      {...props}
      stringMode
      controls={false}
      suffix={suffix}
      style={{ width: '100%' }}
    />
  );
}

/** The form keeps dates as YYYY-MM-DD, the way the file writes them. */
export const dateField = {
  getValueProps: (value: string | null | undefined) => ({
    value: value ? dayjs(value) : null,
  }),
  normalize: (value: Dayjs | null) =>
    value ? value.format('YYYY-MM-DD') : null,
};

export function DateInput(props: DatePickerProps) {
  return <DatePicker {...props} style={{ width: '100%' }} />;
}

/** A choice among the file's words, each shown in the user's language. */
export function ChoiceSelect({
  choices,
  prefix,
  allowClear,
  ...props
}: {
  choices: readonly string[];
  prefix: string;
  allowClear?: boolean;
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const { t } = useI18n();

  return (
    <Select
      {...props}
      allowClear={allowClear}
      options={choices.map((choice) => ({
        value: choice,
        label: t(`${prefix}.${choice}` as MessageKey),
      }))}
    />
  );
}

/** A list of codes or names, typed freely (Enter or comma between them). */
export function ListInput(props: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) {
  return (
    <Select
      {...props}
      mode="tags"
      open={false}
      tokenSeparators={[',', '，', ';', '；']}
      suffixIcon={null}
    />
  );
}
