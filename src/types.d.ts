// Templates are bundled as text by esbuild (loader '.md': 'text').
declare module '*.md' {
  const text: string;
  export default text;
}

// Built-in checklists are bundled as YAML text (loader '.yml': 'text').
declare module '*.yml' {
  const text: string;
  export default text;
}
