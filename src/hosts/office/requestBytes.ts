/**
 * How many bytes an operation adds to an Office.js request: each command the writer queues for it
 * (writeOps.ts) carries its object path (the sheet, the range address) besides its value. An
 * operation's JSON alone undercounts a style with borders or a drop-down several times over; this
 * estimate is what the write batches are split by, so that each stays under the 5 MB limit.
 */
import { parseRange, rangeCols, rangeRows } from '../../core/address';
import { opBytes, utf8Length, type CellStyle, type EditOp } from '../../core/plan';

/** A command's framing: object path through the workbook, worksheet and range, and the verb. */
const PER_COMMAND = 90;
/** The trace queued after each operation. */
const PER_TRACE = 48;

function styleCommands(address: string, style: CellStyle): number {
  let n = 0;
  if (style.font) n += Object.values(style.font).filter((v) => v !== undefined).length;
  if (style.fill !== undefined) n += 1;
  if (style.numberFormat !== undefined) n += 1;
  if (style.horizontal !== undefined) n += 1;
  if (style.vertical !== undefined) n += 1;
  if (style.wrap !== undefined) n += 1;
  if (style.border !== undefined) {
    const r = parseRange(address);
    const edges = 4 + (rangeRows(r) > 1 ? 1 : 0) + (rangeCols(r) > 1 ? 1 : 0);
    n += edges * (style.border === 'none' ? 2 : 4);
  }
  return n;
}

/** The numberFormat grid a style writes: one string per cell. */
function numberFormatBytes(address: string, style: CellStyle): number {
  if (style.numberFormat === undefined) return 0;
  const r = parseRange(address);
  return rangeRows(r) * rangeCols(r) * (utf8Length(JSON.stringify(style.numberFormat)) + 1);
}

function commandsOf(op: EditOp): number {
  switch (op.kind) {
    case 'style':
      return styleCommands(op.address, op.style);
    case 'listValidation':
      return 3;
    case 'printSetup':
      return 5;
    case 'deleteSheet':
    case 'activate':
    case 'note':
      return 2;
    default:
      return 1;
  }
}

/** The address the operation's commands name, as their paths repeat it. */
function addressOf(op: EditOp): string {
  if ('address' in op) return op.address;
  if ('cell' in op) return op.cell;
  return '';
}

/** Estimated bytes the operation adds to a request (an upper bound on the fake Excel's count). */
export function officeOpBytes(op: EditOp): number {
  const sheet = 'sheet' in op ? utf8Length(JSON.stringify(op.sheet)) : 0;
  const path = PER_COMMAND + sheet + addressOf(op).length;
  const payload = opBytes(op) + (op.kind === 'style' ? numberFormatBytes(op.address, op.style) : 0);
  return payload + commandsOf(op) * path + PER_TRACE;
}
