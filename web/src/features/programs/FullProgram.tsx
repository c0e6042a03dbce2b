import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Radio,
  Space,
  Spin,
  Table,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { ProgramDetail, ProgramVersion } from '../../api/types';
import type { ProgramVersionDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { can } from '../../auth/permissions';
import { usePrincipal } from '../../auth/SessionProvider';
import { PageHead } from '../../common/PageHead';
import { formatDate, formatDateTime } from '../../dates/format-date';
import { useI18n } from '../../i18n/I18nProvider';
import { TierPreview } from './chart/TierPreview';
import { measureUnitOf } from './chart/tier-curve';
import { curveInputOf, fromProgramFile } from './editor/program-form';
import { periodsOf } from './period-list';
import { ReviewButtons } from './ReviewButtons';
import { SimulationCard } from './SimulationCard';
import { measureKey } from './ProgramTerms';
import { StatusTag } from './StatusTag';
import { TiersTable } from './TiersTable';
import {
  activateProgram,
  closeProgram,
  submitVersion,
  versionFileUrl,
} from './version-actions';

function VersionTerms({ code, version }: { code: string; version: number }) {
  const { t, locale } = useI18n();
  const principal = usePrincipal();
  const stored = useApi(
    () =>
      api<ProgramVersionDetail>(
        `/api/programs/${encodeURIComponent(code)}/versions/${version}`,
      ),
    `${code}/${version}`,
  );
  if (!stored.data) return <Spin />;

  const values = fromProgramFile(stored.data.definition);
  const currency = values.currency ?? 'CNY';
  const curve = curveInputOf(values);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('program.versionTerms', { version })}>
        <Descriptions
          column={3}
          items={[
            {
              key: 'period',
              label: t('program.period'),
              children: `${formatDate(values.period?.start ?? null, locale)} – ${formatDate(values.period?.end ?? null, locale)}`,
            },
            {
              key: 'measure',
              label: t('program.measure'),
              children: t(`measure.${measureKey(values.measure ?? '')}`),
            },
            {
              key: 'method',
              label: t('program.method'),
              children: t(`method.${curve.method}`),
            },
          ]}
        />
      </Card>
      <TiersTable
        currency={currency}
        unit={measureUnitOf(values.measure ?? 'net_amount')}
        tiers={curve.tiers}
      />
      {can(principal.role, 'simulatePrograms') && (
        <SimulationCard
          key={`${code}/${version}`}
          code={code}
          version={version}
          currency={currency}
          unit={curve.unit}
          periods={periodsOf(
            values.period?.start ?? '',
            values.period?.end ?? '',
            values.period?.settle ?? 'whole',
          )}
        />
      )}
      <TierPreview input={curve} currency={currency} />
    </Space>
  );
}

export function FullProgram({
  program,
  onChange,
}: {
  program: ProgramDetail;
  onChange(): void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const latest = Math.max(...program.versions.map((v) => v.version));
  const [shown, setShown] = useState(program.versionInForce ?? latest);
  const [busy, setBusy] = useState(false);
  const [closing, setClosing] = useState(false);
  const [closeReason, setCloseReason] = useState('');
  const drafts = can(principal.role, 'draftPrograms');
  const encoded = encodeURIComponent(program.code);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(done);
      onChange();
    } catch (error) {
      void message.error(
        error instanceof ApiError ? error.message : t('error.network'),
      );
    } finally {
      setBusy(false);
    }
  };

  const versionActions = (version: ProgramVersion) => (
    <Space>
      <Radio
        checked={shown === version.version}
        onChange={() => setShown(version.version)}
      >
        {t('program.showTerms')}
      </Radio>
      {version.status === 'draft' && drafts && (
        <>
          <Button
            size="small"
            onClick={() =>
              navigate(`/programs/${encoded}/versions/${version.version}/edit`)
            }
          >
            {t('program.edit')}
          </Button>
          <Button
            size="small"
            type="primary"
            loading={busy}
            data-testid={`submit-${version.version}`}
            onClick={() =>
              void run(
                () => submitVersion(program.code, version.version),
                t('program.submitted'),
              )
            }
          >
            {t('program.submit')}
          </Button>
        </>
      )}
      {version.status === 'submitted' &&
        can(principal.role, 'approvePrograms') && (
          <ReviewButtons
            code={program.code}
            version={version}
            onDone={onChange}
          />
        )}
      <a href={versionFileUrl(program.code, version.version)}>
        {t('program.download')}
      </a>
    </Space>
  );

  return (
    <>
      <PageHead
        title={`${program.name} (${program.code})`}
        extra={
          <Space>
            <StatusTag status={program.status} />
            {drafts && program.status !== 'closed' && (
              <Button
                onClick={() => navigate(`/programs/${encoded}/versions/new`)}
              >
                {t('program.newVersion')}
              </Button>
            )}
            {program.status === 'approved' &&
              can(principal.role, 'activatePrograms') && (
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() =>
                    void run(
                      () => activateProgram(program.code),
                      t('program.activated'),
                    )
                  }
                >
                  {t('program.activate')}
                </Button>
              )}
          </Space>
        }
      />
      <Modal
        open={closing}
        title={t('program.closeTitle', { code: program.code })}
        okText={t('program.close')}
        okButtonProps={{ danger: true, loading: busy }}
        cancelText={t('common.cancel')}
        onCancel={() => setClosing(false)}
        onOk={() =>
          void run(
            () => closeProgram(program.code, closeReason.trim()),
            t('program.closed'),
          ).then(() => setClosing(false))
        }
      >
        <Input.TextArea
          rows={3}
          placeholder={t('program.closeReason')}
          value={closeReason}
          onChange={(event) => setCloseReason(event.target.value)}
        />
      </Modal>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions
            column={3}
            items={[
              {
                key: 'createdBy',
                label: t('program.createdBy'),
                children: program.createdBy,
              },
              {
                key: 'createdAt',
                label: t('program.createdAt'),
                children: formatDateTime(program.createdAt, locale),
              },
              {
                key: 'inForce',
                label: t('programs.versionInForce'),
                children:
                  program.versionInForce === null
                    ? ''
                    : `v${program.versionInForce}`,
              },
              {
                key: 'activated',
                label: t('program.activatedBy'),
                children: program.activatedBy
                  ? `${program.activatedBy} · ${formatDateTime(program.activatedAt, locale)}`
                  : '',
              },
              {
                key: 'closed',
                label: t('program.closedBy'),
                children: program.closedBy
                  ? `${program.closedBy} · ${formatDateTime(program.closedAt, locale)}`
                  : '',
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('program.versions')}>
          <Table<ProgramVersion>
            size="small"
            rowKey="version"
            pagination={false}
            data-testid="versions-table"
            dataSource={[...program.versions].sort(
              (a, b) => b.version - a.version,
            )}
            columns={[
              {
                title: t('program.version'),
                dataIndex: 'version',
                render: (v: number) => `v${v}`,
              },
              {
                title: t('programs.status'),
                dataIndex: 'status',
                render: (status: ProgramVersion['status']) => (
                  <StatusTag status={status} />
                ),
              },
              {
                title: t('program.effectiveFrom'),
                dataIndex: 'effectiveFrom',
                render: (value: string) => formatDate(value, locale),
              },
              {
                title: t('program.history'),
                key: 'history',
                render: (_: unknown, version) => (
                  <VersionHistory version={version} />
                ),
              },
              {
                title: '',
                key: 'actions',
                render: (_: unknown, version) => versionActions(version),
              },
            ]}
          />
        </Card>
        <VersionTerms code={program.code} version={shown} />
      </Space>
    </>
  );
}

function VersionHistory({ version }: { version: ProgramVersion }) {
  const { t, locale } = useI18n();
  const steps = [
    { key: 'drafted', who: version.author, at: version.createdAt },
    { key: 'submitted', who: version.submittedBy, at: version.submittedAt },
    { key: 'approved', who: version.approvedBy, at: version.approvedAt },
    { key: 'rejected', who: version.rejectedBy, at: version.rejectedAt },
  ] as const;

  return (
    <div data-testid={`history-${version.version}`}>
      {steps
        .filter((step) => step.who)
        .map((step) => (
          <div key={step.key}>
            {t(`history.${step.key}`, {
              who: step.who ?? '',
              at: formatDateTime(step.at, locale),
            })}
          </div>
        ))}
      {version.rejectionReason && (
        <div>{t('history.reason', { reason: version.rejectionReason })}</div>
      )}
    </div>
  );
}
