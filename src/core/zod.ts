import * as z from 'zod/mini';
import { en } from 'zod/locales';

// The builder's schemas use zod/mini (tree-shakable, ~20 kB gzip less on the first load than
// classic zod). Unlike classic zod, zod/mini loads no locale, so every default issue message
// would be "Invalid input"; the English locale keeps the messages users (and tests) see, such
// as `Unrecognized key: "foo"`, identical to classic zod's. Import `z` from here, not 'zod/mini'.
z.config(en());

export { z };
