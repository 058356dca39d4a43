/**
 * Starts GraphiQL from a file rather than an inline script, so a Content-Security-Policy of
 * script-src 'self' allows the page. It runs deferred before the editor bundle: it points Monaco at
 * the worker files first, then renders once the bundle has run (DOMContentLoaded waits for every
 * deferred script). Its settings come from a JSON data block, which a browser never executes.
 */
export const bootScript = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) {
      return config.workers[label] || config.workers.editorWorkerService;
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    self.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), config.options);
  });
})();
`;
