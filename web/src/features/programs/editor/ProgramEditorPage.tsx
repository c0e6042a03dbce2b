import { Alert, App, Button, Card, Col, Form, Input } from 'antd';
import { Row, Space, Spin, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../../api/client';
import type { ErrorDetail, ProgramDetail } from '../../../api/types';
import type { ProgramVersionDetail } from '../../../api/types';
import { can } from '../../../auth/permissions';
import { usePrincipal } from '../../../auth/SessionProvider';
import { NotFoundPage } from '../../../app/PageGuard';
import { PageHead } from '../../../common/PageHead';
import { useI18n } from '../../../i18n/I18nProvider';
import { TierPreview } from '../chart/TierPreview';
import { DateInput, dateField } from './fields';
import { EligibilityCard } from './EligibilityCard';
import { RulesCard } from './RulesCard';
import { SettlementCard } from './SettlementCard';
import { TiersCard } from './TiersCard';
import {
  curveInputOf,
  fieldOfProblem,
  fromProgramFile,
  newProgramValues,
  toProgramFile,
  type ProgramFormValues,
} from './program-form';

// Field names built at run time (from the server's paths, or read back from
// the form) are plain arrays the form's type cannot check; fieldOfProblem
// keeps only names of inputs the form has.
type FieldErrors = Parameters<FormInstance<ProgramFormValues>['setFields']>[0];

type Mode =
  | { kind: 'new' }
  | { kind: 'newVersion'; code: string }
  | { kind: 'edit'; code: string; version: number };

function useMode(): Mode {
  const { code, version } = useParams();
  if (code && version) return { kind: 'edit', code, version: Number(version) };
  if (code) return { kind: 'newVersion', code };

  return { kind: 'new' };
}

async function save(mode: Mode, file: object, effectiveFrom: string | null) {
  const text = { body: JSON.stringify(file), contentType: 'application/json' };
  const query = { effectiveFrom };
  if (mode.kind === 'new') {
    return api<ProgramDetail>('/api/programs', { method: 'POST', text });
  }
  const program = `/api/programs/${encodeURIComponent(mode.code)}`;
  if (mode.kind === 'newVersion') {
    return api<ProgramDetail>(`${program}/versions`, {
      method: 'POST',
      text,
      query,
    });
  }
  return api<ProgramDetail>(`${program}/versions/${mode.version}/file`, {
    method: 'PUT',
    text,
    query,
  });
}

/** The latest version's file, to start a new version or an edit from. */
async function startingValues(mode: Mode): Promise<ProgramFormValues> {
  if (mode.kind === 'new') return newProgramValues;

  const program = `/api/programs/${encodeURIComponent(mode.code)}`;
  let version = mode.kind === 'edit' ? mode.version : null;
  if (version === null) {
    const detail = await api<ProgramDetail>(program);
    version = Math.max(...detail.versions.map((v) => v.version));
  }
  const stored = await api<ProgramVersionDetail>(
    `${program}/versions/${version}`,
  );

  return fromProgramFile(stored.definition);
}

export default function ProgramEditorPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const mode = useMode();
  const [form] = Form.useForm<ProgramFormValues>();
  const [initial, setInitial] = useState<ProgramFormValues | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(null);
  const [problems, setProblems] = useState<ErrorDetail[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const modeKey = JSON.stringify(mode);

  useEffect(() => {
    startingValues(JSON.parse(modeKey) as Mode).then(setInitial, setLoadError);
  }, [modeKey]);

  const watched = Form.useWatch([], form);
  const curveInput = useMemo(
    () => curveInputOf(watched ?? initial ?? newProgramValues),
    [watched, initial],
  );

  if (!can(principal.role, 'draftPrograms') || loadError)
    return <NotFoundPage />;
  if (!initial) return <Spin className="page-spin" />;

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    setProblems([]);
    const values = form.getFieldsValue(true) as ProgramFormValues;
    try {
      const program = await save(mode, toProgramFile(values), effectiveFrom);
      void message.success(t('editor.saved'));
      navigate(`/programs/${encodeURIComponent(program.code)}`);
    } catch (error) {
      showProblems(error);
    } finally {
      setBusy(false);
    }
  };

  const showProblems = (error: unknown) => {
    if (!(error instanceof ApiError)) {
      setFailure(t('error.network'));
      return;
    }
    setFailure(error.message);
    const atFields = new Map<
      string,
      { name: (string | number)[]; errors: string[] }
    >();
    const elsewhere: ErrorDetail[] = [];
    for (const detail of error.details) {
      const name = detail.path ? fieldOfProblem(detail.path) : null;
      if (!name) {
        elsewhere.push(detail);
        continue;
      }
      const key = name.join('.');
      const field = atFields.get(key) ?? { name, errors: [] };
      field.errors.push(detail.message);
      atFields.set(key, field);
    }
    form.setFields([...atFields.values()] as FieldErrors);
    setProblems(elsewhere);
  };

  const title =
    mode.kind === 'new'
      ? t('editor.titleNew')
      : mode.kind === 'newVersion'
        ? t('editor.titleNewVersion', { code: mode.code })
        : t('editor.titleEdit', { code: mode.code, version: mode.version });

  return (
    <>
      <PageHead
        title={title}
        extra={
          <Space>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              loading={busy}
              data-testid="save-program"
              onClick={() => void submit()}
            >
              {t('editor.save')}
            </Button>
          </Space>
        }
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          className="filters"
          data-testid="editor-failure"
          title={failure}
          description={
            problems.length > 0 && (
              <ul>
                {problems.map((problem, i) => (
                  <li key={i}>
                    {problem.path ? `${problem.path}: ` : ''}
                    {problem.message}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Form<ProgramFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => {
          // A change answers the server's objections; the next save checks
          // the file again.
          const answered = form
            .getFieldsError()
            .filter((field) => field.errors.length > 0)
            .map((field) => ({
              name: [...field.name],
              errors: [] as string[],
            }));
          if (answered.length > 0) form.setFields(answered as FieldErrors);
          setFailure(null);
        }}
      >
        <Row gutter={16}>
          <Col span={14}>
            <Space
              orientation="vertical"
              size="middle"
              style={{ width: '100%' }}
            >
              <Card title={t('editor.basics')} size="small">
                <Row gutter={12}>
                  <Col span={8}>
                    <Form.Item name="code" label={t('program.code')}>
                      <Input disabled={mode.kind !== 'new'} />
                    </Form.Item>
                  </Col>
                  <Col span={11}>
                    <Form.Item name="name" label={t('program.name')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name="currency" label={t('program.currency')}>
                      <Input maxLength={3} />
                    </Form.Item>
                  </Col>
                </Row>
                {mode.kind !== 'new' && (
                  <Form.Item
                    label={t('editor.effectiveFrom')}
                    extra={t('editor.effectiveFromHint')}
                  >
                    <DateInput
                      {...dateField.getValueProps(effectiveFrom)}
                      onChange={(_date, text) =>
                        setEffectiveFrom(
                          typeof text === 'string' && text ? text : null,
                        )
                      }
                    />
                  </Form.Item>
                )}
              </Card>
              <RulesCard />
              <TiersCard />
              <EligibilityCard />
              <SettlementCard />
            </Space>
          </Col>
          <Col span={10}>
            <div style={{ position: 'sticky', top: 16 }}>
              <TierPreview
                input={curveInput}
                currency={watched?.currency ?? 'CNY'}
              />
            </div>
          </Col>
        </Row>
      </Form>
    </>
  );
}
