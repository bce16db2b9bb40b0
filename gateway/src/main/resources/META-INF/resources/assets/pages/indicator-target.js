// What the plan asks of an indicator, in a sentence of the chosen language: the target kind with its parameters and
// bands (the API gives them as the body of a target PUT), and the catch-up rate in the unit its trend gives it.
import { language, num } from '../i18n.js';
import { DEFAULT_BANDS } from './indicator-chart.js';

const SENTENCES = {
  MULTIPLE_OF_BASE: (p) => [`${p.baseYear}至${p.targetYear}年达到基期值的${num(p.factor)}倍${Number(p.factor) === 2 ? '（翻一番）' : ''}`,
    `${num(p.factor)}× the ${p.baseYear} value by ${p.targetYear}`],
  TARGET_VALUE: (p) => [`${p.baseYear}至${p.targetYear}年由基期值达到${num(p.targetValue)}`,
    `from the ${p.baseYear} value to ${num(p.targetValue)} by ${p.targetYear}`],
  NOT_BELOW_REFERENCE: (p) => [`不低于参照指标${p.reference}（容差${num(p.tolerance ?? 0.5)}个百分点）`,
    `not below ${p.reference} (tolerance ${num(p.tolerance ?? 0.5)} pp)`],
  IN_STEP_WITH: (p) => [`与参照指标${p.reference}同步（容差${num(p.tolerance ?? 0.5)}个百分点）`,
    `in step with ${p.reference} (tolerance ${num(p.tolerance ?? 0.5)} pp)`],
  DECREASING: () => ['逐期下降', 'falling from one period to the next'],
  INCREASING: () => ['逐期上升', 'rising from one period to the next'],
  PEAK_BY_YEAR: (p) => [`${p.peakYear}年前达峰`, `a peak by ${p.peakYear}`],
  RANGE: (p) => [`保持在[${num(p.min)}, ${num(p.max)}]区间内（容差${num(p.tolerance ?? 0)}）`,
    `within [${num(p.min)}, ${num(p.max)}] (tolerance ${num(p.tolerance ?? 0)})`],
  CEILING: (p) => [`不超过${num(p.limit)}`, `at most ${num(p.limit)}`],
  FLOOR: (p) => [`不低于${num(p.limit)}`, `at least ${num(p.limit)}`],
  NO_TARGET: () => ['尚未设定', 'not set yet'],
};

const zh = () => language() === 'zh';

/** The target as a sentence; for the path kinds with its bands, and whether they are the default ones. */
export function describeTarget(target) {
  if (!target || !target.kind) return '—';
  const sentence = SENTENCES[target.kind];
  const text = sentence ? sentence(target)[zh() ? 0 : 1] : target.kind;
  if (target.kind !== 'MULTIPLE_OF_BASE' && target.kind !== 'TARGET_VALUE') return text;
  const bands = { ...DEFAULT_BANDS, ...(target.bands || {}) };
  const own = target.bands ? '' : zh() ? '，默认值' : ', the default';
  return zh()
    ? `${text}；进度比≥${num(bands.onTrack)}为正常推进，${num(bands.atRisk)}至${num(bands.onTrack)}为存在风险，低于${num(bands.atRisk)}为偏离目标${own}`
    : `${text}; progress ratio ≥ ${num(bands.onTrack)} on track, ${num(bands.atRisk)}–${num(bands.onTrack)} at risk, below off track${own}`;
}

/** The catch-up rate with its unit: % a year (compound), the indicator's unit a year, or its change a year (peak). */
export function catchUpText(projection, unit) {
  if (projection.catchUpRate == null) return '—';
  const rate = num(projection.catchUpRate, 3);
  if (projection.trend === 'COMPOUND') return rate + (zh() ? '%/年' : '% a year');
  if (projection.trend === 'ANNUAL_INCREASE') {
    return zh() ? `年增量每年变化${rate}${unit ? ' ' + unit : ''}` : `annual increase to change by ${rate}${unit ? ' ' + unit : ''} a year`;
  }
  return rate + (unit ? ' ' + unit : '') + (zh() ? '/年' : ' a year');
}
