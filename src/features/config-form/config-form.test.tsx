import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import {
  argumentsFor,
  DEFAULT_ENC_KEY_REF,
  defaultState,
  MINDSPORE_VERSIONS,
} from '../../core/index';
import type { BuilderState, PyValue } from '../../core/index';
import { LanguageProvider } from '../../i18n/language-context';
import type { Language } from '../../i18n/languages';
import type { FieldNotes } from '../../ui/field-note';
import { ConfigForm } from './config-form';
import { DEFAULT_ENC_KEY_FILE } from './enc-key-control';

type Commit = (next: BuilderState, key: string) => void;

function Stateful({
  initial,
  onCommit,
  openedValid,
}: {
  initial: BuilderState;
  onCommit: Commit;
  openedValid?: boolean | undefined;
}) {
  const [state, setState] = useState(initial);
  return (
    <ConfigForm
      state={state}
      fieldNotes={{}}
      openedValid={openedValid}
      onCommit={(next, key) =>
        setState((current) => {
          const resolved = typeof next === 'function' ? next(current) : next;
          onCommit(resolved, key);
          return resolved;
        })
      }
    />
  );
}

function wrap(node: React.ReactNode, language: Language = 'en') {
  return (
    <MantineProvider env="test">
      <LanguageProvider initial={language}>{node}</LanguageProvider>
    </MantineProvider>
  );
}

function renderForm(
  initial: BuilderState = defaultState(),
  openedValid?: boolean,
  language: Language = 'en',
) {
  const onCommit = vi.fn<Commit>();
  const utils = render(
    wrap(<Stateful initial={initial} onCommit={onCommit} openedValid={openedValid} />, language),
  );
  const last = () => onCommit.mock.lastCall?.[0];
  return { ...utils, onCommit, last };
}

function withConfig(config: Record<string, PyValue>, version = defaultState().mindspore_version) {
  const state = defaultState(version);
  return { ...state, config: { ...state.config, ...config } };
}

// Interactions re-render the whole form; on a busy 2-core machine that takes seconds.
describe('the configuration form', { timeout: 120_000 }, () => {
  test.each(MINDSPORE_VERSIONS)(
    'MindSpore %s: every argument of the version has a control labelled with its name',
    (version) => {
      const { container } = renderForm(defaultState(version));
      // Reading the labels once: getByLabelText per argument is slow on a form this size.
      const labels = [...container.querySelectorAll('label')].map((label) => label.textContent);
      for (const argument of argumentsFor(version)) {
        expect(labels.some((text) => text?.includes(argument.name))).toBe(true);
      }
      expect(screen.getByTestId('field-prefix')).toHaveValue('CKP');
      expect(screen.getByTestId('directory-none')).toBeChecked();
    },
  );

  test('an integer typed is committed as an int; an emptied field is None, not 0', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    const max = screen.getByTestId('field-keep_checkpoint_max');
    await user.clear(max);
    expect(last()?.config['keep_checkpoint_max']).toBeNull();
    await user.type(max, '3');
    expect(last()?.config['keep_checkpoint_max']).toBe(3);
    await user.clear(max);
    await user.type(max, '0');
    expect(last()?.config['keep_checkpoint_max']).toBe(0);
    // Beyond 2^53 the int stays exact, as its decimal text.
    await user.clear(max);
    await user.click(max);
    await user.paste('123456789012345678901');
    expect(last()?.config['keep_checkpoint_max']).toEqual({
      $py: 'int',
      value: '123456789012345678901',
    });
    expect(max).toHaveValue('123456789012345678901');
  });

  test('a change from outside the form (undo, import) shows in it', () => {
    const { rerender } = render(
      wrap(<ConfigForm state={defaultState()} fieldNotes={{}} onCommit={() => {}} />),
    );
    rerender(
      wrap(
        <ConfigForm
          state={withConfig({ save_checkpoint_steps: 250 })}
          fieldNotes={{}}
          onCommit={() => {}}
        />,
      ),
    );
    expect(screen.getByTestId('field-save_checkpoint_steps')).toHaveValue('250');
  });

  test.each<[Language, string]>([
    [
      'en',
      "Unsupported: save_checkpoint_steps is given as `steps`, whose value the builder cannot know, so it cannot tell whether MindSpore would accept it. Enter the value itself to see MindSpore's verdict.",
    ],
    [
      'zh',
      'Unsupported: save_checkpoint_steps 被写成了 `steps`，配置器无法知道它的值，因此无法判断 MindSpore 是否会接受它。请输入值本身，以查看 MindSpore 的判定。',
    ],
  ])(
    'a value the builder cannot know (%s): its own sentence at the field, in the page’s language',
    async (language, text) => {
      renderForm(
        withConfig({ save_checkpoint_steps: { $py: 'name', name: 'steps' } }),
        false,
        language,
      );
      expect(await screen.findByText(text)).toBeInTheDocument();
    },
  );

  test.each<[Language, string]>([
    ['en', 'Save a checkpoint every this many steps. Default: 1. Empty means None.'],
    ['zh', '每隔多少个 step 保存一次 checkpoint。默认值：1。留空表示 None。'],
  ])('a field’s help is whole sentences, joined as %s writes them', (language, text) => {
    renderForm(defaultState(), false, language);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  test('a Python value the input cannot hold is shown as it is and can be reset', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm(withConfig({ save_checkpoint_steps: 1.5, exception_save: 1 }));
    expect(screen.getByText('Python value: 1.5')).toBeInTheDocument();
    expect(screen.getByText('Python value: 1')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Reset to default' })[0]!);
    expect(last()?.config['save_checkpoint_steps']).toBe(1);
  });

  test.each<[string, Record<string, PyValue>, string, string]>([
    [
      'an imported float',
      { save_checkpoint_steps: 1.5 },
      "TypeError: The input value must be int, but got 'float'",
      'must be a Python int',
    ],
    [
      'all four 0',
      {
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 0,
      },
      "ValueError: For 'CheckpointConfig', the input arguments 'save_checkpoint_steps', 'save_checkpoint_seconds', 'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be all None or 0.",
      'nothing would ever be saved or kept',
    ],
  ])(
    '%s: MindSpore’s exact error at the field, with a plain explanation',
    async (_label, config, text, explanation) => {
      renderForm(withConfig(config));
      expect(await screen.findByText(text)).toBeInTheDocument();
      expect(screen.getByText(explanation, { exact: false })).toBeInTheDocument();
      expect(screen.getByTestId('field-save_checkpoint_steps')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    },
  );

  test('a state the build checked (openedValid) is not checked again as the form mounts; the next edit is', async () => {
    // An invalid state said to be valid shows whether the mount check ran: it would flag it.
    const error = "can't be all None or 0";
    renderForm(
      withConfig({
        save_checkpoint_steps: 0,
        save_checkpoint_seconds: 0,
        keep_checkpoint_max: 0,
        keep_checkpoint_per_n_minutes: 0,
      }),
      true,
    );
    // Long enough for the mount check's result to have been shown, had it run (it shows within
    // a few ms; findByText in the test above waits for it the same way).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(error, { exact: false })).toBeNull();
    await userEvent.type(screen.getByTestId('field-prefix'), 'X');
    expect(await screen.findByText(error, { exact: false })).toBeInTheDocument();
  });

  test('notes given by the page are announced with their field', () => {
    const notes: FieldNotes = {
      save_checkpoint_seconds: [{ severity: 'warning', text: 'Ignored: steps > 0' }],
    };
    render(wrap(<ConfigForm state={defaultState()} fieldNotes={notes} onCommit={() => {}} />));
    expect(screen.getByTestId('field-save_checkpoint_seconds')).toHaveAccessibleDescription(
      expect.stringContaining('Ignored: steps > 0'),
    );
  });

  test('switching the version commits changeVersion and shows the new arguments', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    expect(screen.queryByTestId('field-format')).toBeNull();
    await user.selectOptions(screen.getByTestId('version-select'), 'MindSpore 2.4');
    expect(last()?.mindspore_version).toBe('2.4');
    expect(last()?.config['format']).toBe('ckpt');
    expect(screen.getByTestId('field-format')).toHaveDisplayValue("'ckpt'");
  });

  test('encryption is a key reference: source, name, length, type; never the key', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    await user.selectOptions(screen.getByTestId('enc-key-source'), 'an environment variable (hex)');
    expect(last()?.config['enc_key']).toEqual(DEFAULT_ENC_KEY_REF);
    const name = screen.getByLabelText('enc_key: environment variable name');
    await user.clear(name);
    expect(last()?.config['enc_key']).toMatchObject({ name: '' });
    // The builder's own rule, checked by the zod schema through the resolver.
    expect(await screen.findByText('Give a name or path.')).toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('enc-key-length'), '32');
    expect(last()?.config['enc_key']).toMatchObject({ length: 32, type: 'bytes' });
  });

  test('a key file starts as a file path, and each source keeps the name last given', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    const source = screen.getByTestId('enc-key-source');
    await user.selectOptions(source, 'file');
    expect(last()?.config['enc_key']).toMatchObject({ source: 'file', name: DEFAULT_ENC_KEY_FILE });
    expect(DEFAULT_ENC_KEY_FILE).not.toBe(DEFAULT_ENC_KEY_REF.name);
    expect(screen.getByLabelText('enc_key: key file path')).toHaveValue(DEFAULT_ENC_KEY_FILE);
    await user.selectOptions(source, 'env');
    expect(last()?.config['enc_key']).toMatchObject({
      source: 'env',
      name: DEFAULT_ENC_KEY_REF.name,
    });
    const variable = screen.getByLabelText('enc_key: environment variable name');
    await user.clear(variable);
    await user.type(variable, 'MY_KEY');
    await user.selectOptions(source, 'file');
    const path = screen.getByLabelText('enc_key: key file path');
    expect(path).toHaveValue(DEFAULT_ENC_KEY_FILE);
    await user.clear(path);
    await user.type(path, '/keys/run.bin');
    await user.selectOptions(source, 'env');
    expect(last()?.config['enc_key']).toMatchObject({ source: 'env', name: 'MY_KEY' });
    await user.selectOptions(source, 'none');
    expect(last()?.config['enc_key']).toBeNull();
    await user.selectOptions(source, 'file');
    expect(last()?.config['enc_key']).toMatchObject({ source: 'file', name: '/keys/run.bin' });
  });

  test('append_info: counters and a dict of typed entries', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    await user.click(screen.getByLabelText('append_info: "step_num"'));
    expect(last()?.config['append_info']).toEqual(['step_num']);
    await user.click(screen.getByLabelText('append_info: your own dict'));
    await user.click(screen.getByRole('button', { name: 'Add an entry' }));
    expect(last()?.config['append_info']).toEqual(['step_num', { key: 0 }]);
    await user.click(screen.getByLabelText('append_info: "step_num"'));
    await user.click(screen.getByRole('button', { name: 'Remove append_info entry 1' }));
    expect(last()?.config['append_info']).toEqual([{}]);
  });

  test('keywords the version does not read are listed and can be removed', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm(withConfig({ foo: 1, format: 'safetensors' }));
    expect(screen.getByText('foo=1')).toBeInTheDocument();
    expect(screen.getByText("format='safetensors'")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove foo' }));
    expect(last()?.config).not.toHaveProperty('foo');
    await waitFor(() => expect(screen.queryByText('foo=1')).toBeNull());
  });

  test('saved_network: a name is a Cell variable; other text is the str MindSpore refuses (E04)', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    const field = screen.getByRole('textbox', { name: /^saved_network/ });
    await user.type(field, 'model.backbone');
    expect(last()?.config.saved_network).toBe('model.backbone');
    expect(screen.queryByText(/the type of 'saved_network' must be None or Cell/)).toBeNull();
    await user.clear(field);
    await user.type(field, 'my net');
    expect(last()?.config.saved_network).toBe('my net');
    // MindSpore's message as it prints it, and how to fix it.
    expect(
      await screen.findByText(
        /the type of 'saved_network' must be None or Cell, but got <class 'str'>/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/type the name of a Cell variable of your script/)).toBeInTheDocument();
  });

  test('directory: None is a checkbox; unticking it gives a path to edit', async () => {
    const user = userEvent.setup({ delay: null });
    const { last } = renderForm();
    await user.click(screen.getByLabelText('working directory (None)'));
    expect(last()?.callback.directory).toBe('./checkpoints');
    const directory = screen.getByTestId('field-directory');
    await user.clear(directory);
    await user.type(directory, 'out');
    expect(last()?.callback.directory).toBe('out');
  });
});
