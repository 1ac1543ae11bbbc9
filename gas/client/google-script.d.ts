/**
 * The part of the client-side Apps Script API the sidebar uses (google.script.run), declared here
 * because @types/google-apps-script covers only the server side. Only server.ts touches it.
 */
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: unknown) => void): Runner;
    withFailureHandler(handler: (error: unknown) => void): Runner;
    [serverFunction: string]: (...args: never[]) => unknown;
  }
  const run: Runner;
}
