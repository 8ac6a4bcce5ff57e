/**
 * The timer island as the routine builder imports it, lazily (../LazyTimer.tsx). Not
 * `import('../CircuitTimer')` itself: that module shares its chunk with the routine page's
 * loader (src/components/TimerPanel.astro), whose exports are not the module's, so the bundler
 * would build a namespace object for it with its runtime helper, a chunk of its own on every
 * routine page. Through this module the builder gets a small chunk re-exporting the timer.
 */
export { default } from '../CircuitTimer';
