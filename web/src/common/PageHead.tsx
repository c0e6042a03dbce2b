import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHead({
  title,
  extra,
}: {
  title: string;
  extra?: ReactNode;
}) {
  return (
    <div className="page-head">
      <Typography.Title level={4} data-testid="page-title">
        {title}
      </Typography.Title>
      {extra}
    </div>
  );
}
