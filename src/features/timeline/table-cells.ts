import { Table } from '@mantine/core';

/**
 * The class names Mantine's Table.Tr, Table.Th and Table.Td give their elements (its styles and
 * its static class), for rows written as plain elements inside a Mantine `<Table>`: the same DOM
 * and look, without three Mantine components (context, props, style props) per cell. The
 * timeline re-renders its rows on every edit. The headers too: a Mantine Table gives its cells a
 * new context value with each of its renders, which renders Table.Th and Table.Tr again even
 * inside a memoised header.
 */
export const tableClass = {
  thead: `${Table.classes.thead} mantine-Table-thead`,
  tbody: `${Table.classes.tbody} mantine-Table-tbody`,
  tr: `${Table.classes.tr} mantine-Table-tr`,
  th: `${Table.classes.th} mantine-Table-th`,
  td: `${Table.classes.td} mantine-Table-td`,
} as const;
