// Imported first by the benchmarks: the same V8 regexp setting as the `concord` command (bin/concord.js), so the
// figures are those of the product. It applies to every regexp compiled afterwards, chrono-node's included.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
