/**
 * The message keys, typed from the English files (the source language): a misspelt key is a
 * type error, and tests/unit/messages.test.ts fails when another language lacks one.
 */
import type en from './messages/en/index';
import type studio from './messages/en/studio.json';

export type Messages = typeof en;
/** The dashboard's keys, and the studio's (its messages load only on edit.html). */
export type MessageKey = keyof Messages | keyof typeof studio;
