/**
 * The scenarios, in the order they run. Each is { name, run(pg, ctx), skip?() }: `pg` is a
 * Playground on a fresh tab (lib/playground.js), `ctx.requests` every URL requested so far. To add
 * one, write a file like these and list it here.
 */
'use strict';

module.exports = [
  require('./insertTemplates'),
  require('./validateMarks'),
  require('./openValidateSave'),
  require('./openRefused'),
  require('./importAndFill'),
  require('./accessibility'),
  require('./localOnly'),
];
