import { Alert, List, Typography } from 'antd';
import type { TemplateProblem } from '../../../../contracts/reports/template-grammar';
import { describeProblem } from '../../../../contracts/reports/template-messages';
import { useT } from '../../../app/i18n/useT';
import { useLocale } from '../../../app/i18n/locale-context';

interface Props {
  text: string;
  problems: readonly TemplateProblem[];
  /** Selects the spot of a problem in the editor. */
  onPick(p: TemplateProblem): void;
}

/** Every problem of the template with the line it is on and a mark under its spot; a click selects the spot. */
export function ProblemList({ text, problems, onPick }: Props) {
  const t = useT();
  const { locale } = useLocale();
  if (problems.length === 0) return <Alert type="success" showIcon title={t('reports.template.valid')} data-testid="template-valid" />;
  const lines = text.split('\n');
  return (
    <List
      size="small"
      bordered
      data-testid="template-problems"
      header={<Typography.Text type="danger">{t('reports.template.problems', { n: problems.length })}</Typography.Text>}
      dataSource={[...problems]}
      renderItem={(p) => {
        const line = (lines[p.line - 1] ?? '').replace(/\r$/, '');
        const from = Math.max(0, p.column - 12);
        const excerpt = line.slice(from, p.column + Math.max(p.length, 1) + 12);
        // Wide (CJK) characters take an ideographic space in the caret line, so the marks sit under the spot.
        const pad = [...line.slice(from, p.column - 1)].map((c) => (c.charCodeAt(0) > 0x2e80 ? '\u3000' : ' ')).join('');
        const marks = [...line.slice(p.column - 1, p.column - 1 + Math.max(1, Math.min(p.length, 40)))]
          .map((c) => (c.charCodeAt(0) > 0x2e80 ? '＾' : '^'))
          .join('');
        const caret = `${pad}${marks || '^'}`;
        return (
          <List.Item style={{ cursor: 'pointer', display: 'block' }} onClick={() => onPick(p)}>
            <Typography.Text type="danger">{describeProblem(p, locale)}</Typography.Text>
            {line && (
              <pre
                style={{
                  margin: '4px 0 0',
                  fontSize: 12,
                  lineHeight: 1.4,
                  whiteSpace: 'pre',
                  overflowX: 'auto',
                  fontFamily: "'Noto Sans Mono CJK SC', monospace",
                }}
              >
                {excerpt}
                {'\n'}
                <span style={{ color: '#cf1322' }}>{caret}</span>
              </pre>
            )}
          </List.Item>
        );
      }}
    />
  );
}
