using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace SgGrid.Silo.Hosting;

/// <summary>
/// Metrics in one place: SgGrid's meters (<c>SgGrid.*</c>), Orleans', ASP.NET Core's and the runtime's, exported for
/// Prometheus on <c>/metrics</c>.
/// </summary>
public static class SgGridTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>The meters exported besides SgGrid's own.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "SgGrid.*",
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Runtime",
    ];

    public static IServiceCollection AddSgGridTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("sggrid"))
            .WithMetrics(metrics => metrics.AddMeter([.. Meters]).AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    public static IEndpointRouteBuilder MapSgGridTelemetry(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        return endpoints;
    }
}
