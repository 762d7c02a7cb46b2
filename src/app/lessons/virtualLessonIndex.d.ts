// The lesson index the build computes (vite.config.ts, lessonIndexPlugin; lessonIndex.ts).
declare module 'virtual:lesson-index' {
  const index: {
    readonly lessons: readonly {
      readonly id: string;
      readonly title: { readonly en: string; readonly ko: string };
      readonly preset: string;
      readonly stepIds: readonly string[];
    }[];
    readonly errors: number;
  };
  export default index;
}
