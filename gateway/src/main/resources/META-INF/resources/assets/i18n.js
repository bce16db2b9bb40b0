// Labels in Chinese first and English, number and date formats of the chosen language.
const LABELS = {
  skip: ['跳到内容', 'Skip to content'],
  overview: ['总览', 'Overview'], indicators: ['指标', 'Indicators'], tasks: ['任务', 'Tasks'], alerts: ['告警', 'Alerts'],
  signOut: ['退出', 'Sign out'], switchLang: ['English', '中文'], loading: ['加载中…', 'Loading…'],
  live: ['实时', 'Live'], offline: ['未连接', 'Offline'],
  demoNotice: ['演示环境：本看板中的数值为合成（synthetic）数据，并非官方统计。',
    'Demo environment: the values on this dashboard are synthetic, not official statistics.'],
  synthetic: ['合成数据', 'synthetic'],
  areas: ['六大目标领域', 'The six goal areas'], indicatorsCount: ['项指标', 'indicators'],
  tasksByStatus: ['任务进展', 'Tasks by status'], openAlerts: ['未关闭告警', 'Open alerts'],
  latest: ['最新动态', 'Latest changes'], liveAlerts: ['实时告警', 'Alerts as they happen'],
  total: ['合计', 'Total'], partial: ['部分服务暂不可用，以下数字不完整：', 'Some services are unavailable; incomplete: '],
  area: ['领域', 'Area'], department: ['部门', 'Department'], status: ['状态', 'Status'], all: ['全部', 'All'],
  code: ['代码', 'Code'], name: ['名称', 'Name'], period: ['期别', 'Period'], value: ['数值', 'Value'],
  approval: ['审核', 'Approval'], filter: ['筛选', 'Filter'], none: ['暂无', 'None'],
  planSentence: ['规划原文', 'The plan says'], target: ['目标', 'Target'], reason: ['判断依据', 'Why'],
  projection: ['预测', 'Projection'], targetYear: ['目标年份', 'Target year'], projected: ['预测值', 'Projected'],
  targetValue: ['目标值', 'Target value'], catchUp: ['所需年均增速', 'Catch-up rate needed'], trend: ['趋势', 'Trend'],
  actual: ['实际值', 'Actual'], expected: ['目标路径', 'Target path'], reference: ['参照值', 'Reference'],
  benchmark: ['评估基准', 'Benchmark'], peakYear: ['达峰年份', 'Peak year'], range: ['合理区间', 'Range'],
  ceiling: ['上限', 'Ceiling'], floor: ['下限', 'Floor'], projectedStatus: ['预测判断', 'Projected status'],
  bandAtRisk: ['风险区（进度比{low}–{high}）', 'At-risk band (progress ratio {low}–{high})'],
  bandReference: ['风险区（容差{t}个百分点）', 'At-risk band (tolerance {t} pp)'],
  earlyWarning: ['预警', 'Early warning'], earlyWarningText: ['按当前趋势将无法如期达到目标', 'on the current trend the target is missed'],
  chartLabel: ['实际值、目标路径及其风险区、参照值和预测，数值见下方评估历史表', 'values, target path and its at-risk band, reference and projection; the numbers are in the evaluation history below'],
  history: ['评估历史', 'Evaluation history'], changes: ['状态变化', 'Status changes'], revisions: ['修订记录', 'Revisions'],
  showRevisions: ['查看修订', 'Revisions'], unit: ['单位', 'Unit'], owner: ['责任部门', 'Owner'],
  noTarget: ['尚未设定目标：由区规划办公室（plan-admin 角色）设定目标后，才会评估此指标。',
    'No target yet: the district planning office (role plan-admin) sets it; until then the indicator is not judged.'],
  article: ['条', 'Article'], articleN: ['第{n}条', 'Article {n}'], task: ['任务', 'Task'], lead: ['牵头部门', 'Lead'],
  co: ['配合部门', 'Co-departments'], progress: ['进度', 'Progress'], due: ['截止', 'Due'], milestones: ['里程碑', 'Milestones'],
  reached: ['已完成', 'reached'], narrative: ['进展说明', 'Narrative'], evidence: ['佐证材料', 'Evidence'],
  reportedBy: ['填报', 'Reported by'], progressHistory: ['进展记录', 'Progress history'],
  severity: ['级别', 'Severity'], state: ['处理状态', 'State'], subject: ['对象', 'Subject'], condition: ['条件', 'Condition'],
  firedAt: ['触发时间', 'Fired'], acknowledge: ['确认', 'Acknowledge'], silence: ['静默', 'Silence'],
  deliveries: ['通知记录', 'Deliveries'], comment: ['说明', 'Comment'], send: ['提交', 'Submit'], cancel: ['取消', 'Cancel'],
  acknowledged: ['已确认', 'Acknowledged'], silenced: ['已静默', 'Silenced'], expiresAt: ['到期时间', 'Expires'],
  silenceReason: ['静默原因', 'Reason'], refused: ['操作被拒绝', 'Refused'], failed: ['请求失败', 'Request failed'],
  sessionEnded: ['会话已结束，请重新登录。', 'Your session has ended: sign in again.'],
  notFound: ['未找到', 'Not found'], back: ['返回', 'Back'], channel: ['渠道', 'Channel'], outcome: ['结果', 'Outcome'],
  ackBy: ['确认人', 'Acknowledged by'], open: ['未关闭', 'Open'], recent: ['最近', 'Recent'],
};

const ENUMS = {
  HIGH_QUALITY_DEVELOPMENT: ['高质量发展', 'High-quality development'],
  CORE_URBAN_FUNCTIONS: ['城市核心功能', 'Core urban functions'],
  REFORM_AND_OPENING: ['改革开放', 'Reform and opening up'],
  SOCIAL_CIVILITY: ['社会文明', 'Social civility'],
  PEOPLES_CITY: ['人民城市', "People's city"],
  URBAN_GOVERNANCE: ['城市治理', 'Urban governance'],
  UNASSIGNED: ['未分类', 'Unassigned'],
  ON_TRACK: ['正常推进', 'On track'], AT_RISK: ['存在风险', 'At risk'], OFF_TRACK: ['偏离目标', 'Off track'],
  ACHIEVED: ['已实现', 'Achieved'], AWAITING_REFERENCE: ['等待参照值', 'Awaiting reference'],
  INSUFFICIENT_DATA: ['数据不足', 'Insufficient data'], NO_TARGET: ['尚无目标', 'No target'], NO_DATA: ['暂无数据', 'No data'],
  DATA_OVERDUE: ['数据逾期', 'Data overdue'],
  NOT_STARTED: ['未开始', 'Not started'], IN_PROGRESS: ['推进中', 'In progress'], BEHIND: ['滞后', 'Behind'],
  OVERDUE: ['逾期', 'Overdue'], COMPLETED: ['已完成', 'Completed'],
  CRITICAL: ['严重', 'Critical'], WARNING: ['警告', 'Warning'], INFO: ['提示', 'Info'],
  FIRING: ['告警中', 'Firing'], ACKNOWLEDGED: ['已确认', 'Acknowledged'], RESOLVED: ['已解决', 'Resolved'],
  APPROVED: ['已审核', 'Approved'], SUBMITTED: ['已报送', 'Submitted'], PROVISIONAL: ['初步', 'Provisional'],
  INDICATOR: ['指标', 'Indicator'], TASK: ['任务', 'Task'],
  COMPOUND: ['复合增长趋势', 'compound growth'], LINEAR: ['线性趋势', 'linear'], ANNUAL_INCREASE: ['年增量趋势', 'annual increase'],
  FIRED: ['新告警', 'Fired'], CONTINUED: ['持续', 'Continued'], SEVERITY_CHANGED: ['级别变化', 'Severity changed'],
  ESCALATED: ['已升级', 'Escalated'], SILENCED: ['已静默', 'Silenced'], UNSILENCED: ['解除静默', 'Unsilenced'],
};

let lang = localStorage.getItem('planmon.lang') === 'en' ? 'en' : 'zh';

export const language = () => lang;
export const locale = () => (lang === 'zh' ? 'zh-CN' : 'en-GB');

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('planmon.lang', lang);
  document.documentElement.lang = locale();
}

/** A label; {name} placeholders are filled from values. */
export function t(key, values = {}) {
  const pair = LABELS[key];
  const text = pair ? pair[lang === 'zh' ? 0 : 1] : key;
  return text.replace(/\{(\w+)\}/g, (m, name) => values[name] ?? m);
}

/** The name of an API enum value (area, status, severity …); unknown values as they are. */
export function e(value) {
  const pair = value == null ? null : ENUMS[value];
  return pair ? pair[lang === 'zh' ? 0 : 1] : value ?? '—';
}

/** Of a pair of API fields (name/nameEn, reason/reasonEn), the one of the chosen language, else the other. */
export function pick(zh, en) {
  return (lang === 'en' ? en || zh : zh || en) ?? '';
}

export function num(value, digits = 2) {
  if (value == null || value === '') return '—';
  const n = Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n) : String(value);
}

export function date(value) {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value)
    : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: value.length > 10 ? 'short' : undefined }).format(d);
}

/** Whether a value is demo data: the push's note says so. */
export const isSynthetic = (note) => /synthetic|合成|演示/i.test(note || '');

export const AREAS = ['HIGH_QUALITY_DEVELOPMENT', 'CORE_URBAN_FUNCTIONS', 'REFORM_AND_OPENING', 'SOCIAL_CIVILITY',
  'PEOPLES_CITY', 'URBAN_GOVERNANCE'];
export const STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'ACHIEVED', 'AWAITING_REFERENCE', 'INSUFFICIENT_DATA',
  'NO_TARGET', 'NO_DATA', 'DATA_OVERDUE'];
export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'BEHIND', 'OVERDUE', 'COMPLETED'];
export const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO'];
