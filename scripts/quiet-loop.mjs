#!/usr/bin/env node
/**
 * Writes public/sounds/quiet-loop.wav: 5.25 s of a 40 Hz tone at about -60 dBFS (16-bit mono PCM,
 * 8 kHz), a whole number of cycles so it loops without a click. Below what a phone's speaker or
 * ear can hear, but a playing, unmuted media element: what mobile browsers need before they show
 * a page's media session on the lock screen and keep its sound going (src/islands/timer/senses.ts).
 * Run once with `node scripts/quiet-loop.mjs`; the file is committed.
 */
import { writeFileSync } from 'node:fs';

const RATE = 8000;
const SECONDS = 5.25;
const HZ = 40;
const AMPLITUDE = 33; // of 32767: -60 dBFS
const n = Math.round(RATE * SECONDS);
const buf = Buffer.alloc(44 + n * 2);
buf.write('RIFF', 0);
buf.writeUInt32LE(36 + n * 2, 4);
buf.write('WAVEfmt ', 8);
buf.writeUInt32LE(16, 16);
buf.writeUInt16LE(1, 20); // PCM
buf.writeUInt16LE(1, 22); // mono
buf.writeUInt32LE(RATE, 24);
buf.writeUInt32LE(RATE * 2, 28);
buf.writeUInt16LE(2, 32);
buf.writeUInt16LE(16, 34);
buf.write('data', 36);
buf.writeUInt32LE(n * 2, 40);
for (let i = 0; i < n; i++) buf.writeInt16LE(Math.round(AMPLITUDE * Math.sin((2 * Math.PI * HZ * i) / RATE)), 44 + i * 2);
writeFileSync(new URL('../public/sounds/quiet-loop.wav', import.meta.url), buf);
console.log(`public/sounds/quiet-loop.wav: ${buf.length} bytes`);
