import {
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Switch,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
// The writer itself, not the core's index: the index would pull every reader and writer into
// the first load, this module's chunk is loaded lazily.
import { exportText } from '../../core/formats/export-text';
import type { BuilderState, ExportFormat } from '../../core/index';
import { useT } from '../../i18n/language-context';
import { exportMessages } from '../../i18n/messages/export';
import { copyText, downloadText, EXPORT_FILE_NAMES } from './export-actions';
import { tokenize } from './highlight';
import type { TokenKind } from './highlight';
import { CheckIcon } from '../../ui/icons';
import regionClasses from '../../ui/region.module.css';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'python', label: 'Python' },
  { value: 'typescript', label: 'TypeScript' },
  { value: 'json', label: 'JSON' },
  { value: 'yaml', label: 'YAML' },
];

// Colours with at least 4.5:1 contrast on Mantine's code background in either scheme
// (light-dark() follows the color-scheme Mantine sets on the page).
const TOKEN_STYLES: Record<TokenKind, CSSProperties> = {
  comment: { color: 'light-dark(#5c5f66, #b0b6bd)', fontStyle: 'italic' },
  string: { color: 'light-dark(#1b6e2c, #8ce99a)' },
  number: { color: 'light-dark(#1864ab, #74c0fc)' },
  keyword: { color: 'light-dark(#862e9c, #e599f7)' },
  key: { color: 'light-dark(#a61e4d, #faa2c1)' },
};

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * The export region: one tab per format, the text highlighted, copy and download. It follows the
 * state one render late (useDeferredValue), like the warnings: a keystroke's own render, which
 * the typist waits for, skips its ~60 components; the deferred render that follows shows the new
 * text (copy and download always act on the text shown).
 */
export function ExportPanel({ state }: { state: BuilderState }) {
  return <ExportPanelView state={useDeferredValue(state)} />;
}

const ExportPanelView = memo(function ExportPanelView({ state }: { state: BuilderState }) {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('python');
  const [onlyNonDefault, setOnlyNonDefault] = useState(true);
  // The feedback belongs to the text it copied: another tab or an edit shows the plain button.
  const [copied, setCopied] = useState<{ status: CopyStatus; text: string }>({
    status: 'idle',
    text: '',
  });
  // Only the active tab's text is computed.
  const text = useMemo(
    () => exportText(state, format, { onlyNonDefault }),
    [state, format, onlyNonDefault],
  );
  const tokens = useMemo(() => tokenize(text, format), [text, format]);

  const copyStatus = copied.text === text ? copied.status : 'idle';
  useEffect(() => {
    if (copied.status === 'idle') return undefined;
    const timer = setTimeout(() => setCopied({ status: 'idle', text: '' }), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const label = FORMATS.find((item) => item.value === format)?.label ?? format;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      className={regionClasses.region}
      aria-labelledby="export-title"
      data-region="export"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="export-title">
            {t(exportMessages.title)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(exportMessages.description)}
          </Text>
        </div>
        <Tabs value={format} onChange={(value) => value && setFormat(value as ExportFormat)}>
          <Tabs.List aria-label={t(exportMessages.formats)}>
            {FORMATS.map((item) => (
              <Tabs.Tab key={item.value} value={item.value}>
                {item.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {FORMATS.map((item) => (
            <Tabs.Panel key={item.value} value={item.value} pt="sm">
              {item.value === format ? (
                <Stack gap="sm">
                  <Switch
                    checked={format === 'json' ? false : onlyNonDefault}
                    disabled={format === 'json'}
                    onChange={(event) => setOnlyNonDefault(event.currentTarget.checked)}
                    label={t(exportMessages.onlyNonDefault)}
                    description={t(
                      format === 'json'
                        ? exportMessages.jsonWhole
                        : exportMessages.onlyNonDefaultHelp,
                    )}
                    data-testid="only-non-default"
                  />
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant={copyStatus === 'copied' ? 'light' : 'filled'}
                      color={copyStatus === 'failed' ? 'red.9' : 'blue.8'}
                      onClick={() => {
                        void copyText(text).then((ok) =>
                          setCopied({ status: ok ? 'copied' : 'failed', text }),
                        );
                      }}
                      data-testid="export-copy"
                      leftSection={copyStatus === 'copied' ? <CheckIcon /> : undefined}
                    >
                      {copyStatus === 'copied' ? t(exportMessages.copied) : t(exportMessages.copy)}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => downloadText(text, format)}
                      data-testid="export-download"
                    >
                      {t(exportMessages.download, { file: EXPORT_FILE_NAMES[format] })}
                    </Button>
                    <Text size="sm" role="status" aria-live="polite" c="red.9">
                      {copyStatus === 'failed' ? t(exportMessages.copyFailed) : null}
                      {copyStatus === 'copied' ? (
                        <VisuallyHidden>{t(exportMessages.copied)}</VisuallyHidden>
                      ) : null}
                    </Text>
                  </Group>
                  <Code
                    block
                    tabIndex={0}
                    // A region, so that its name is announced (a <pre> has no role to carry it).
                    role="region"
                    aria-label={t(exportMessages.codeLabel, { format: label })}
                    // Wrapped rather than scrolled sideways: the column is narrow; copy and download keep lines.
                    style={{
                      maxHeight: '32rem',
                      overflow: 'auto',
                      whiteSpace: 'pre-wrap',
                      overflowWrap: 'anywhere',
                    }}
                  >
                    <code data-testid="export-code" data-format={format}>
                      {tokens.map((token, index) =>
                        token.kind ? (
                          <span key={index} style={TOKEN_STYLES[token.kind]}>
                            {token.text}
                          </span>
                        ) : (
                          token.text
                        ),
                      )}
                    </code>
                  </Code>
                </Stack>
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Paper>
  );
});
