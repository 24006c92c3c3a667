using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SgGrid.Silo.Hosting;

/// <summary><c>/healthz</c>: the process answers (liveness). <c>/readyz</c>: the silo is active and its storage answers (readiness).</summary>
public static class SgGridHealth
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSgGridHealth(this IServiceCollection services, SiloHostingOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(options);
        services.AddHealthChecks()
            .AddCheck<SiloReadinessCheck>("silo", tags: [ReadyTag])
            .AddCheck<StorageReadinessCheck>("storage", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapSgGridHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
