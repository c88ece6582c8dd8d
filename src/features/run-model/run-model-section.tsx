import { Fieldset, NativeSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import {
  DEFAULT_RUN,
  DEVICE_TARGETS,
  EXECUTION_MODES,
  PARALLEL_MODES,
  validateRun,
} from '../../core/index';
import type { BuilderState, Diagnostic, RunModel } from '../../core/index';
import { useLanguage, useT } from '../../i18n/language-context';
import { diagnosticText } from '../../ui/diagnostic-text';
import { runModelMessages as m } from '../../i18n/messages/run-model';
import { formatBytes, formatDuration } from '../../ui/format';
import { FIELD_NAME_ATTRIBUTE } from '../../ui/focus-field';
import { ChangedBadge } from '../../ui/changed-badge';
import { NumberField } from './number-field';
import { BYTES_PER_PARAMETER, COUNT_UNITS, SIZE_UNITS, SPEED_UNITS, TIME_UNITS } from './units';
import { ChoiceButtons } from '../../ui/choice-buttons';
import regionClasses from '../../ui/region.module.css';
import pairClasses from '../../ui/pairs.module.css';

type NumericField = {
  [K in keyof RunModel]: RunModel[K] extends number ? K : never;
}[keyof RunModel];

/**
 * A field's label: MindSpore's (or the run model's) name, a "changed" mark when the value is not
 * the default run's, then a plain description.
 */
function FieldLabel({ name, text, changed }: { name: string; text: string; changed: boolean }) {
  return (
    <span>
      <span
        style={{ fontFamily: 'var(--mantine-font-family-monospace)', fontWeight: 600 }}
        {...{ [FIELD_NAME_ATTRIBUTE]: `run.${name}` }}
      >
        {name}
      </span>
      {changed ? <ChangedBadge /> : null} <span style={{ fontWeight: 400 }}>· {text}</span>
    </span>
  );
}

interface RunModelSectionProps {
  state: BuilderState;
  /**
   * An edit of the run: the page applies it to its newest state (this section skips the renders
   * of config edits, so the state it last saw may be older).
   */
  onRunChange: (run: RunModel, coalesceKey: string) => void;
  /**
   * How many times the page replaced the state from outside these fields (reset, undo, redo, a
   * preset, an import): each time, the fields show the state's values again, dropping any text
   * typed in them (text that is no number is in no state, and a reset to an unchanged state
   * changes nothing else).
   */
  replaced?: number;
}

/**
 * The section shows the run model and its diagnostics only: a keystroke in the config form (a new
 * state with the same run) renders it again only if the run's diagnostics changed.
 */
function sameRunSection(before: RunModelSectionProps, after: RunModelSectionProps): boolean {
  return (
    before.onRunChange === after.onRunChange &&
    before.replaced === after.replaced &&
    before.state.run === after.state.run &&
    before.state.mindspore_version === after.state.mindspore_version &&
    JSON.stringify(runDiagnostics(before.state)) === JSON.stringify(runDiagnostics(after.state))
  );
}

// Each state's run diagnostics, computed once: by the comparison above (for both states) and by
// the section's render.
const diagnosticsByState = new WeakMap<BuilderState, Diagnostic[]>();
function runDiagnostics(state: BuilderState): Diagnostic[] {
  let diagnostics = diagnosticsByState.get(state);
  if (diagnostics === undefined) {
    diagnostics = validateRun(state);
    diagnosticsByState.set(state, diagnostics);
  }
  return diagnostics;
}

/**
 * "Your training run": the run model the timeline plays (simulation.md §1), with units a person
 * thinks in. Only seconds and bytes reach the state; units and derivations stay local.
 */
export const RunModelSection = memo(function RunModelSection({
  state,
  onRunChange,
  replaced = 0,
}: RunModelSectionProps) {
  const t = useT();
  const { language } = useLanguage();
  const run = state.run;
  const diagnostics = runDiagnostics(state);
  const changed = (field: string) =>
    field in DEFAULT_RUN &&
    !Object.is(run[field as keyof RunModel], DEFAULT_RUN[field as keyof RunModel]);
  const errorOf = (field: keyof RunModel) => {
    const found = diagnostics.find((diagnostic) => diagnostic.field === `run.${field}`);
    return found && diagnosticText(found.message, found.problem, t);
  };

  const [stepUnit, setStepUnit] = useState<string>(run.step_seconds < 1 ? 'ms' : 's');
  const [startupUnit, setStartupUnit] = useState<string>('s');
  const [sizeUnit, setSizeUnit] = useState<string>(run.checkpoint_bytes >= 1e9 ? 'GB' : 'MB');
  const [budgetUnit, setBudgetUnit] = useState<string>('GB');
  const [saveUnit, setSaveUnit] = useState<string>('s');
  const [sizeSource, setSizeSource] = useState<'size' | 'parameters'>('size');
  const [bytesPerParameter, setBytesPerParameter] = useState<number>(2);
  const [parameterUnit, setParameterUnit] = useState<string>('B');
  const [saveSource, setSaveSource] = useState<'time' | 'speed'>('time');
  const [speedUnit, setSpeedUnit] = useState<string>('GB/s');
  // Write speed in bytes per second; kept locally, since the state stores only save_seconds.
  const [speed, setSpeed] = useState<number>(
    run.save_seconds > 0 ? run.checkpoint_bytes / run.save_seconds : 1e9,
  );
  // A state replaced from outside: the write speed follows its file size and save time again.
  const [speedReplaced, setSpeedReplaced] = useState(replaced);
  if (speedReplaced !== replaced) {
    setSpeedReplaced(replaced);
    if (run.save_seconds > 0) setSpeed(run.checkpoint_bytes / run.save_seconds);
  }

  const setRun = (patch: Partial<RunModel>, key: string) => {
    const nextRun = { ...run, ...patch };
    // From a write speed, the save time follows the file size.
    if (saveSource === 'speed' && patch.checkpoint_bytes !== undefined && speed > 0) {
      nextRun.save_seconds = patch.checkpoint_bytes / speed;
    }
    onRunChange(nextRun, key);
  };

  const numberField = (
    field: NumericField,
    extra: Partial<Parameters<typeof NumberField>[0]> = {},
  ) => (
    <NumberField
      key={field}
      name={field}
      label={<FieldLabel changed={changed(field)} name={field} text={t(m[field])} />}
      value={run[field] as number}
      onValue={(value) => value !== null && setRun({ [field]: value }, `run.${field}`)}
      error={errorOf(field)}
      notANumber={t(m.notANumber)}
      unitLabel={t(m.unit, { field })}
      replaced={replaced}
      {...extra}
    />
  );

  const parameters = bytesPerParameter > 0 ? run.checkpoint_bytes / bytesPerParameter : 0;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      className={regionClasses.region}
      aria-labelledby="run-model-title"
      data-testid="run-model"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="run-model-title">
            {t(m.title)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(m.intro)}
          </Text>
        </div>

        <Fieldset legend={t(m.groupLoop)} variant="unstyled">
          <div className={pairClasses.pairs}>
            {numberField('epoch')}
            {numberField('dataset_size')}
            <Switch
              label={
                <FieldLabel
                  changed={changed('dataset_sink_mode')}
                  name="dataset_sink_mode"
                  text={t(m.dataset_sink_mode)}
                />
              }
              checked={run.dataset_sink_mode}
              onChange={(event) =>
                setRun({ dataset_sink_mode: event.currentTarget.checked }, 'run.dataset_sink_mode')
              }
              data-testid="run-dataset_sink_mode"
              mt="md"
            />
            {numberField('sink_size')}
            <NativeSelect
              label={<FieldLabel changed={changed('mode')} name="mode" text={t(m.mode)} />}
              data={[...EXECUTION_MODES]}
              value={run.mode}
              onChange={(event) =>
                setRun({ mode: event.currentTarget.value as RunModel['mode'] }, 'run.mode')
              }
              error={errorOf('mode')}
              data-testid="run-mode"
            />
            <NativeSelect
              label={
                <FieldLabel
                  changed={changed('device_target')}
                  name="device_target"
                  text={t(m.device_target)}
                />
              }
              data={[...DEVICE_TARGETS]}
              value={run.device_target}
              onChange={(event) =>
                setRun(
                  { device_target: event.currentTarget.value as RunModel['device_target'] },
                  'run.device_target',
                )
              }
              error={errorOf('device_target')}
              data-testid="run-device_target"
            />
            {numberField('step_seconds', {
              units: TIME_UNITS.slice(0, 2),
              unit: stepUnit,
              onUnit: setStepUnit,
            })}
            {numberField('startup_seconds', {
              units: [TIME_UNITS[0], TIME_UNITS[2]],
              unit: startupUnit,
              onUnit: setStartupUnit,
            })}
          </div>
        </Fieldset>

        <Fieldset legend={t(m.groupFiles)} variant="unstyled">
          <Stack gap="sm">
            <ChoiceButtons<'size' | 'parameters'>
              label={t(m.checkpointSource)}
              value={sizeSource}
              onChange={setSizeSource}
              options={[
                { value: 'size', label: t(m.checkpointFromSize) },
                { value: 'parameters', label: t(m.checkpointFromParameters) },
              ]}
              data-testid="run-checkpoint-source"
            />
            {sizeSource === 'size' ? (
              numberField('checkpoint_bytes', {
                units: SIZE_UNITS,
                unit: sizeUnit,
                onUnit: setSizeUnit,
              })
            ) : (
              <div className={pairClasses.pairs}>
                <NumberField
                  name="parameter_count"
                  label={
                    <FieldLabel
                      changed={changed('checkpoint_bytes')}
                      name="checkpoint_bytes"
                      text={`${t(m.parameterCount)} × ${t(m.bytesPerParameter)}`}
                    />
                  }
                  value={parameters}
                  onValue={(value) =>
                    value !== null &&
                    setRun(
                      { checkpoint_bytes: Math.round(value) * bytesPerParameter },
                      'run.checkpoint_bytes',
                    )
                  }
                  units={COUNT_UNITS}
                  unit={parameterUnit}
                  onUnit={setParameterUnit}
                  unitLabel={t(m.unit, { field: t(m.parameterCount) })}
                  notANumber={t(m.notANumber)}
                  replaced={replaced}
                  error={errorOf('checkpoint_bytes')}
                  description={t(m.derivedSize, { size: formatBytes(run.checkpoint_bytes) })}
                />
                <NativeSelect
                  label={t(m.bytesPerParameter)}
                  data={BYTES_PER_PARAMETER.map((bytes) => ({
                    value: String(bytes),
                    label: `${bytes} (${bytes === 4 ? 'float32' : bytes === 2 ? 'float16 / bfloat16' : 'int8'})`,
                  }))}
                  value={String(bytesPerParameter)}
                  onChange={(event) => {
                    const bytes = Number(event.currentTarget.value);
                    setBytesPerParameter(bytes);
                    setRun(
                      { checkpoint_bytes: Math.round(parameters) * bytes },
                      'run.checkpoint_bytes',
                    );
                  }}
                  data-testid="run-bytes-per-parameter"
                />
              </div>
            )}
            <ChoiceButtons<'time' | 'speed'>
              label={t(m.saveSource)}
              value={saveSource}
              onChange={(value) => {
                setSaveSource(value);
                if (value === 'speed' && run.save_seconds > 0) {
                  setSpeed(run.checkpoint_bytes / run.save_seconds);
                }
              }}
              options={[
                { value: 'time', label: t(m.saveDirect) },
                { value: 'speed', label: t(m.saveFromSpeed) },
              ]}
              data-testid="run-save-source"
            />
            {saveSource === 'time' ? (
              numberField('save_seconds', {
                units: TIME_UNITS,
                unit: saveUnit,
                onUnit: setSaveUnit,
              })
            ) : (
              <NumberField
                name="write_speed"
                label={
                  <FieldLabel
                    changed={changed('save_seconds')}
                    name="save_seconds"
                    text={t(m.writeSpeed)}
                  />
                }
                value={speed}
                onValue={(value) => {
                  if (value === null) return;
                  setSpeed(value);
                  if (value > 0) {
                    setRun({ save_seconds: run.checkpoint_bytes / value }, 'run.save_seconds');
                  }
                }}
                units={SPEED_UNITS}
                unit={speedUnit}
                onUnit={setSpeedUnit}
                unitLabel={t(m.unit, { field: t(m.writeSpeed) })}
                notANumber={t(m.notANumber)}
                replaced={replaced}
                error={errorOf('save_seconds')}
                description={t(m.derivedSaveTime, {
                  duration: formatDuration(run.save_seconds, language),
                })}
              />
            )}
            {numberField('previous_runs')}
          </Stack>
        </Fieldset>

        <Fieldset legend={t(m.groupParallel)} variant="unstyled">
          <div className={pairClasses.pairs}>
            {numberField('device_num')}
            <NativeSelect
              label={
                <FieldLabel
                  changed={changed('parallel_mode')}
                  name="parallel_mode"
                  text={t(m.parallel_mode)}
                />
              }
              data={[...PARALLEL_MODES]}
              value={run.parallel_mode}
              onChange={(event) =>
                setRun(
                  { parallel_mode: event.currentTarget.value as RunModel['parallel_mode'] },
                  'run.parallel_mode',
                )
              }
              error={errorOf('parallel_mode')}
              data-testid="run-parallel_mode"
            />
            {numberField('pipeline_stages')}
          </div>
        </Fieldset>

        <Fieldset legend={t(m.groupMore)} variant="unstyled">
          <div className={pairClasses.pairs}>
            {numberField('initial_epoch')}
            {numberField('train_calls')}
            <NumberField
              name="disk_budget_bytes"
              label={
                <FieldLabel
                  changed={changed('disk_budget_bytes')}
                  name="disk_budget_bytes"
                  text={t(m.disk_budget_bytes)}
                />
              }
              value={run.disk_budget_bytes}
              nullable
              onValue={(value) => setRun({ disk_budget_bytes: value }, 'run.disk_budget_bytes')}
              units={SIZE_UNITS}
              unit={budgetUnit}
              onUnit={setBudgetUnit}
              unitLabel={t(m.unit, { field: 'disk_budget_bytes' })}
              notANumber={t(m.notANumber)}
              replaced={replaced}
              error={errorOf('disk_budget_bytes')}
            />
            <Switch
              label={
                <FieldLabel
                  changed={changed('ms_enable_ckpt_d2h_async')}
                  name="ms_enable_ckpt_d2h_async"
                  text={t(m.ms_enable_ckpt_d2h_async)}
                />
              }
              checked={run.ms_enable_ckpt_d2h_async}
              onChange={(event) =>
                setRun(
                  { ms_enable_ckpt_d2h_async: event.currentTarget.checked },
                  'run.ms_enable_ckpt_d2h_async',
                )
              }
              data-testid="run-ms_enable_ckpt_d2h_async"
              mt="md"
            />
          </div>
        </Fieldset>
      </Stack>
    </Paper>
  );
}, sameRunSection);
