import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Descriptions, Drawer, Flex, Tabs, Tag, Typography } from 'antd';
import { examKeys, examsApi } from '../../../../api/exams';
import { useErrorText } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useIsMobile } from '../../../../ui/useIsMobile';
import { PHASE_COLOR } from '../exam-colors';
import { examPhase, windowText } from '../exam-form';
import { ExamActions } from './ExamActions';
import { ExamItemsTab } from './ExamItemsTab';
import { ExamMarkingTab } from './ExamMarkingTab';
import { ExamPeopleTab } from './ExamPeopleTab';
import { ExamUnitsTab } from './ExamUnitsTab';

/** One exam for its organisers: its settings and actions, and tabs for results per person and unit, item analysis and marking. */
export function ExamDetailDrawer({ examId, onClose }: { examId: number; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const isMobile = useIsMobile();
  const found = useQuery({ queryKey: examKeys.results(examId), queryFn: () => examsApi.results(examId) });
  const r = found.data;
  const exam = r?.exam;
  return (
    <Drawer
      open
      onClose={onClose}
      size={isMobile ? '100%' : 900}
      title={
        exam ? (
          <Flex gap={8} align="center" wrap>
            <span>{exam.title}</span>
            <Tag color={PHASE_COLOR[examPhase(exam)]} data-testid="exam-phase">
              {t(`theory.exam.phase.${examPhase(exam)}`)}
            </Tag>
          </Flex>
        ) : (
          t('theory.exam.title')
        )
      }
      loading={found.isPending}
      data-testid="exam-drawer"
    >
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {r && exam && (
        <Flex vertical gap={16}>
          <Descriptions size="small" bordered column={isMobile ? 1 : 2}>
            <Descriptions.Item label={t('theory.exam.org')}>{exam.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('theory.exam.window')}>{windowText(exam.opensAt, exam.closesAt)}</Descriptions.Item>
            <Descriptions.Item label={t('theory.exam.timeLimit')}>{t('theory.exam.minutes', { count: exam.timeLimitMinutes })}</Descriptions.Item>
            <Descriptions.Item label={t('theory.exam.size')}>
              {t('theory.exam.sizeLine', { count: exam.questionCount, points: exam.totalPoints })}
            </Descriptions.Item>
            <Descriptions.Item label={t('theory.exam.mode')}>{t(`theory.exam.mode.${exam.mode}`)}</Descriptions.Item>
            <Descriptions.Item label={t('theory.exam.passScore')}>
              {exam.passScore ?? t('theory.exam.noPass')}
              {exam.certificate && <Tag style={{ marginLeft: 8 }}>{t('theory.exam.certificate')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('theory.exam.candidates')}>
              {t('theory.exam.takers', { attempted: exam.attempted, candidates: exam.candidates })}
            </Descriptions.Item>
            {exam.instructions !== '' && (
              <Descriptions.Item label={t('theory.exam.instructions')} span={isMobile ? 1 : 2}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{exam.instructions}</Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
          <ExamActions exam={exam} />
          <Tabs
            destroyOnHidden
            items={[
              { key: 'people', label: t('theory.exam.tab.people'), children: <ExamPeopleTab exam={exam} people={r.people} /> },
              { key: 'units', label: t('theory.exam.tab.units'), children: <ExamUnitsTab units={r.units} hasPass={exam.passScore !== null} /> },
              { key: 'items', label: t('theory.exam.tab.items'), children: <ExamItemsTab items={r.items} /> },
              {
                key: 'marking',
                label: (
                  <Badge count={exam.awaitingMarking} size="small" offset={[8, -2]}>
                    <span data-testid="exam-tab-marking">{t('theory.exam.tab.marking')}</span>
                  </Badge>
                ),
                children: <ExamMarkingTab examId={exam.id} />,
              },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  );
}
