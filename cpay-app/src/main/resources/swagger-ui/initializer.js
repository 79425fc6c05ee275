window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "/specs/internal-api.yaml", name: "Internal API (cpay-app)" },
      { url: "/specs/cpay-merchant-api.yaml", name: "C-Pay merchant API" },
      { url: "/specs/cpay-webhook.yaml", name: "C-Pay webhook" }
    ],
    "urls.primaryName": "Internal API (cpay-app)",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
