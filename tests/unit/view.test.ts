import { describe, expect, it } from 'vitest';
import { formatMinutesLeft, formatSeconds } from '../../src/lib/content/format-clock';
import { next, reset, settle, snapshot, start } from '../../src/lib/timer/engine';
import { compilePlan, totalMs, type PlanInput } from '../../src/lib/timer/plan';
import { ticking } from '../../src/lib/timer/ticking';
import { phaseOf, stepNumbers, upNext, workoutRecord } from '../../src/lib/timer/view';
import { changeoverTo, describeChange, nameWithSide, phaseLabel, segmentDetail } from '../../src/lib/timer/words';

// Get ready 5 s, then per round: bridge 60, plank left 30, switch 5, plank right 30; rest 60 between rounds.
const input: PlanInput = {
  title: 'Test circuit',
  getReadySeconds: 5,
  switchSidesSeconds: 5,
  rounds: 2,
  restBetweenRounds: 60,
  steps: [
    { exercise: 'glute-bridge', exerciseName: 'Glute bridge', mode: 'time', seconds: 60, sides: 'both-at-once', restAfter: 0 },
    { exercise: 'side-plank', exerciseName: 'Side plank', mode: 'time', seconds: 30, sides: 'each-side', restAfter: 0 },
  ],
};
const plan = compilePlan(input);
const T0 = 1_700_000_000_000;

describe('what the timer shows', () => {
  it('numbers exercise steps, and a rest or switch shows the step it leads into', () => {
    expect(stepNumbers(plan)).toEqual({ numbers: [1, 1, 2, 3, 3, 4, 4, 5, 6, 6], total: 6 });
  });

  it('at a changeover, names the coming exercise and its side, on screen and aloud', () => {
    // 0 get ready, 1 bridge, 2 plank left, 3 switch, 4 plank right, 5 rest between rounds
    expect(changeoverTo(plan, 0)?.exerciseName).toBe('Glute bridge');
    expect(changeoverTo(plan, 1)).toBeUndefined();
    expect(nameWithSide(changeoverTo(plan, 3)!)).toBe('Side plank, right side');
    expect(describeChange(plan, 3)).toBe('Switch sides. Next: Side plank, right side.');
    expect(describeChange(plan, 5)).toBe('Rest between rounds, 60 seconds. Next: Glute bridge.');
    expect(describeChange(plan, 0)).toBe('Get ready, 5 seconds. Next: Glute bridge.');
  });

  it('names the next exercise, skipping rests and switches, with its side', () => {
    expect(nameWithSide(upNext(plan, 2)!)).toBe('Side plank, right side');
    expect(nameWithSide(upNext(plan, 4)!)).toBe('Glute bridge');
    expect(upNext(plan, plan.segments.length - 1)).toBeUndefined();
  });
});

describe('workoutRecord', () => {
  const running = start(plan, reset(), T0);

  it('records nothing before halfway, or before starting', () => {
    expect(workoutRecord('test', plan, reset(), T0)).toBeNull();
    expect(workoutRecord('test', plan, running, T0 + totalMs(plan) / 2 - 1000)).toBeNull();
  });

  it('records a workout stopped after halfway as incomplete, with the steps reached', () => {
    // 5 + 125 + 60 = 190 s in: the second round's glute bridge has just begun.
    const r = workoutRecord('test', plan, running, T0 + 190_000)!;
    expect(r).toMatchObject({ id: `test-${T0}`, routineTitle: 'Test circuit', completed: false, steps: 3, rounds: 2, activeMs: 190_000, finishedAt: T0 + 190_000 });
  });

  it('records a finished workout as complete, at the moment it finished', () => {
    const end = T0 + totalMs(plan);
    const finished = settle(plan, running, end + 60_000);
    const r = workoutRecord('test', plan, finished, end + 60_000)!;
    expect(r).toMatchObject({ completed: true, steps: 6, rounds: 2, finishedAt: end, activeMs: totalMs(plan) });
  });
});

describe('the workout that counts', () => {
  const running = start(plan, reset(), T0);

  it('pressing Next through every step reaches the end but logs nothing', () => {
    let s = running;
    for (let i = 0; i < plan.segments.length; i++) s = next(plan, s, T0 + 1000 + i * 100);
    expect(s.status).toBe('finished');
    expect(workoutRecord('test', plan, s, T0 + 10_000)).toBeNull();
  });

  it('a workout that skips a little but spends over half its time working still counts as complete', () => {
    // Skip the get-ready (5 s), then let the rest run to the end.
    const skipped = next(plan, running, T0);
    const end = T0 + totalMs(plan) - 5000;
    const r = workoutRecord('test', plan, settle(plan, skipped, end + 1), end + 1)!;
    expect(r).toMatchObject({ completed: true, activeMs: totalMs(plan) - 5000 });
  });
});

describe('what the floor view says', () => {
  const holds = compilePlan({
    title: 'Holds',
    getReadySeconds: 10,
    switchSidesSeconds: 5,
    rounds: 1,
    restBetweenRounds: 0,
    steps: [
      { exercise: 'bird-dog', exerciseName: 'Bird dog', mode: 'hold-reps', reps: 10, holdSeconds: 10, holdRest: 1, sides: 'each-side', restAfter: 30 },
      { exercise: 'plank', exerciseName: 'Plank', mode: 'time', seconds: 30, sets: 2, setRest: 15, sides: 'both-at-once', restAfter: 0 },
    ],
  });
  const third = holds.segments.findIndex((s) => s.kind === 'hold' && s.detail === 'Hold 3 of 10' && s.side === 'right');

  it('reads a hold as name, hold number and side', () => {
    const seg = holds.segments[third]!;
    expect(`${seg.label} · ${segmentDetail(seg)}`).toBe('Bird dog · hold 3 of 10 · right');
    expect(describeChange(holds, third)).toBe('Bird dog, right side: hold 3 of 10, 10 seconds.');
  });

  it('calls the gap between holds "Relax", in one word when it is too short to say more', () => {
    const gap = holds.segments[third + 1]!;
    expect(gap).toMatchObject({ kind: 'rest', label: 'Relax', durationMs: 1000 });
    expect(describeChange(holds, third + 1)).toBe('Relax.');
    expect(holds.segments.some((s) => /reset/i.test(s.label))).toBe(false);
  });

  it('says "1 second" and "30 seconds"', () => {
    const one = compilePlan({ ...input, getReadySeconds: 1 });
    expect(describeChange(one, 0)).toMatch(/^Get ready, 1 second\./);
    const rest = holds.segments.findIndex((s) => s.kind === 'rest' && s.durationMs === 30_000);
    expect(describeChange(holds, rest)).toBe('Rest, 30 seconds. Next: Plank.');
  });

  it('gives each phase its own colour and word', () => {
    const phaseAt = (status: Parameters<typeof phaseOf>[0], i: number) => phaseOf(status, holds.segments[i]);
    expect(phaseAt('running', 0)).toBe('get-ready');
    expect(phaseAt('running', third)).toBe('work');
    expect(phaseAt('running', third + 1)).toBe('rest');
    expect(phaseAt('paused', third)).toBe('paused');
    expect(phaseAt('finished', 0)).toBe('done');
    expect(phaseLabel('work', holds.segments[third])).toBe('Hold');
    expect(phaseLabel('work', plan.segments[1])).toBe('Work');
    const sidePlank = compilePlan({ ...input, steps: [input.steps[1]!] });
    const sw = sidePlank.segments.find((s) => s.kind === 'switch-sides')!;
    expect(phaseOf('running', sw)).toBe('switch');
    expect(phaseLabel('switch', sw)).toBe('Switch sides');
    expect(segmentDetail(sw)).toBe('');
    expect(phaseLabel('rest', holds.segments[third + 1])).toBe('Relax');
    const set2 = holds.segments.find((s) => s.detail === 'Set 2 of 2')!;
    expect(segmentDetail(set2)).toBe('set 2 of 2');
  });
});

describe('the big clock', () => {
  it('shows bare seconds under a minute and m:ss above, rounding up', () => {
    expect(formatSeconds(27_000)).toBe('27');
    expect(formatSeconds(26_001)).toBe('27');
    expect(formatSeconds(999)).toBe('1');
    expect(formatSeconds(0)).toBe('0');
    expect(formatSeconds(-50)).toBe('0');
    expect(formatSeconds(59_001)).toBe('1:00');
    expect(formatSeconds(65_000)).toBe('1:05');
    expect(formatSeconds(600_000)).toBe('10:00');
  });
});

describe("the workout's time left on the floor", () => {
  it('is whole minutes rounded up, so it never reads less than is left', () => {
    expect(formatMinutesLeft(15 * 60_000)).toBe('15 min');
    expect(formatMinutesLeft(14 * 60_000 + 1)).toBe('15 min');
    expect(formatMinutesLeft(14 * 60_000)).toBe('14 min');
    expect(formatMinutesLeft(59_000)).toBe('1 min');
    expect(formatMinutesLeft(1)).toBe('1 min');
    expect(formatMinutesLeft(0)).toBe('0 min');
    expect(formatMinutesLeft(-500)).toBe('0 min');
  });
});

describe('what the face writes each second', () => {
  it('gives the clock, the time left and the bar from one snapshot', () => {
    const running = start(plan, reset(), T0);
    // 315 s planned; 7.5 s in is 2.5 s into the 60 s bridge
    expect(ticking(snapshot(plan, running, T0 + 7_500))).toEqual({ clock: '58', left: '6 min left', done: '00:08 done · 05:08 to go', percent: 2 });
    // the bar moves a whole percent at a time: 1% of 315 s is 3.15 s
    expect(ticking(snapshot(plan, running, T0 + 9_449)).percent).toBe(2);
    expect(ticking(snapshot(plan, running, T0 + 9_450)).percent).toBe(3);
  });

  it('has no clock on a reps step, which waits for Done', () => {
    const reps = compilePlan({ ...input, steps: [{ exercise: 'bird-dog', exerciseName: 'Bird dog', mode: 'reps', reps: 8, sides: 'both-at-once', restAfter: 0 }] });
    const snap = snapshot(reps, start(reps, reset(), T0), T0 + 6_000);
    expect(snap.segment?.kind).toBe('reps');
    expect(ticking(snap).clock).toBeNull();
  });
});
