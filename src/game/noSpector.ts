/** Phaser's WebGL debug hook (spector.js) is never used: an empty stand-in keeps it out of the bundle. */
export default {};
