using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SgGrid.Api.Diagnostics;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Ecs.Signatures;
using SgGrid.Api.Regions;
using SgGrid.Api.Tenancy;

namespace SgGrid.Api.Hosting;

/// <summary>Registers the ECS/VPC endpoint: options, tenants, signature checks, and every action of this assembly.</summary>
public static class SgGridApiServiceCollectionExtensions
{
    /// <summary>The longest request line and header block Kestrel accepts: the SDKs put every parameter in the query.</summary>
    public const int MaxRequestLineBytes = 1024 * 1024;

    /// <summary>
    /// Adds the endpoint. Tenants come from <c>SgGrid:Tenants</c>; with none, the development tenant exists only when
    /// <paramref name="loopbackOnly"/>. Configuration problems throw here, each named, so startup stops on them.
    /// </summary>
    public static IServiceCollection AddSgGridApi(this IServiceCollection services, IConfiguration configuration, bool loopbackOnly)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = Problems(configuration, loopbackOnly, out var registry);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        services.AddOptions<SgGridApiOptions>().Bind(configuration.GetSection(SgGridApiOptions.SectionName));
        services.AddOptions<RequestFreshnessOptions>().Bind(configuration.GetSection(RequestFreshnessOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(registry!);
        services.AddSingleton(_ => new SignatureVerifier(registry!.SecretOf));
        // One nonce memory per silo unless the host registered a shared one first (docs/semantics.md, "Request gateway").
        services.TryAddSingleton<INonceStore>(sp => new LocalNonceStore(sp.GetRequiredService<IOptions<RequestFreshnessOptions>>().Value));
        services.AddSingleton(sp => new RequestFreshnessGuard(
            sp.GetRequiredService<IOptions<RequestFreshnessOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<INonceStore>()));
        services.AddOptions<AuthenticationFailureOptions>().Bind(configuration.GetSection(AuthenticationFailureOptions.SectionName));
        services.AddSingleton(sp => new AuthenticationFailureBudget(
            sp.GetRequiredService<IOptions<AuthenticationFailureOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<RegionCatalog>();
        services.AddSingleton<ApiInstruments>();
        services.AddSingleton<RpcActionCatalog>();
        services.AddSingleton<RpcEndpoint>();
        services.AddRegionSnapshots(configuration);
        foreach (var action in typeof(IRpcAction).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRpcAction).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IRpcAction), action);
        }

        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestLineBytes + 64 * 1024;
            kestrel.Limits.MaxRequestBufferSize = 2 * MaxRequestLineBytes;
        });
        return services;
    }

    /// <summary>Every problem with the endpoint's configuration, in words; the tenant registry when there are none.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, bool loopbackOnly, out TenantRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var api = configuration.GetSection(SgGridApiOptions.SectionName).Get<SgGridApiOptions>() ?? new SgGridApiOptions();
        problems.AddRange(api.Problems());
        problems.AddRange((configuration.GetSection(AuthenticationFailureOptions.SectionName).Get<AuthenticationFailureOptions>() ?? new()).Problems());
        var tenants = configuration.GetSection(TenantOptions.SectionName).Get<List<TenantOptions>>();
        (registry, var tenantProblems) = TenantRegistry.Create(tenants, loopbackOnly);
        problems.AddRange(tenantProblems);
        return problems;
    }
}
