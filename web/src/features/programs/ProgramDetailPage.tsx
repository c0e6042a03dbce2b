import { Spin } from 'antd';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import type { ProgramView } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../../common/LoadFailure';
import { FullProgram } from './FullProgram';
import { ProgramTerms } from './ProgramTerms';

export default function ProgramDetailPage() {
  const { code = '' } = useParams();
  const program = useApi(
    () => api<ProgramView>(`/api/programs/${encodeURIComponent(code)}`),
    code,
  );

  if (program.error) return <LoadFailure error={program.error} />;
  if (!program.data) return <Spin className="page-spin" />;

  return program.data.view === 'full' ? (
    <FullProgram program={program.data} onChange={program.reload} />
  ) : (
    <ProgramTerms program={program.data} />
  );
}
