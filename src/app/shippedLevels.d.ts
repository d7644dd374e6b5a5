declare module 'virtual:shipped-levels/first' {
  const chunk: import('./shippedTypes').ShippedChunk;
  export default chunk;
}
declare module 'virtual:shipped-levels/rest' {
  const chunk: import('./shippedTypes').ShippedChunk;
  export default chunk;
}
