import { argumentSpec, isArgumentOf } from '../../versions';
import { withoutConfig } from '../edit';
import type { RuleFinding, WarningRule } from '../types';

/** An argument of a later version: swallowed by **kwargs here. */
export const ignoredByThisVersion: WarningRule = {
  id: 'ignored-by-this-version',
  severity: 'warning',
  source: 'r2.2 L158, L200',
  messages: {
    en: '{name} does not exist in MindSpore {version}; it is swallowed by **kwargs and has no effect.',
    zh: 'MindSpore {version} 中没有 {name}；它会被 **kwargs 吞掉，不起任何作用。',
  },
  explanation: {
    en: 'CheckpointConfig takes **kwargs and reads only a few known keys from it, without checking the rest. An argument added in a later release (crc_check in 2.3; format and remove_redundancy in 2.4; the enable_redundance keyword in 2.3) is therefore accepted silently by an older version and does nothing: for example format="safetensors" on 2.2 or 2.3 still writes .ckpt files.',
    zh: 'CheckpointConfig 接受 **kwargs，只读取其中少数几个已知的键，其余不做检查。因此后续版本新增的参数（2.3 的 crc_check；2.4 的 format 和 remove_redundancy；2.3 的 enable_redundance 关键字）在旧版本中会被悄悄接受且不起作用：例如在 2.2 或 2.3 上 format="safetensors" 仍然写出 .ckpt 文件。',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const name of Object.keys(context.state.config)) {
      const spec = argumentSpec(name);
      if (spec === undefined || isArgumentOf(context.version, name)) continue;
      findings.push({
        fields: [name],
        params: { name, version: context.version, since: spec.since },
      });
    }
    return findings;
  },
  fix: {
    label: { en: 'Remove the argument', zh: '删除该参数' },
    preservesBehaviour: true,
    apply: (state, warning) => withoutConfig(state, String(warning.params?.name)),
  },
};
