using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SgGrid.Api.Diagnostics;
using SgGrid.Api.Hosting;
using SgGrid.Api.Tenancy;
using Orleans.Dashboard;
using SgGrid.Grains.Analysis;
using SgGrid.Grains.Filters;
using SgGrid.Grains.Hosting;

namespace SgGrid.Silo.Hosting;

/// <summary>
/// Composes the SgGrid process: an Orleans silo with SgGrid's grains (clustering and storage from <c>SgGrid:Silo</c>) and,
/// co-hosted, the ECS/VPC endpoint for the tenants of <c>SgGrid:Tenants</c>, health (<c>/healthz</c>, <c>/readyz</c>),
/// Prometheus metrics (<c>/metrics</c>) and, when enabled, the Orleans dashboard (<c>/dashboard</c>).
/// </summary>
public static class SgGridApplication
{
    /// <summary>Where the Orleans dashboard is served when <see cref="SiloHostingOptions.Dashboard"/> is on.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>Builds the application, or returns every configuration problem (nothing is started either way).</summary>
    public static (WebApplication? App, IReadOnlyList<string> Problems) Create(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        // The content root is the binaries' folder, so appsettings.json is found whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        customize?.Invoke(builder);
        var options = builder.Configuration.GetSection(SiloHostingOptions.SectionName).Get<SiloHostingOptions>() ?? new SiloHostingOptions();
        var problems = new List<string>(options.Problems());

        // Loopback by default; `--urls` (or ASPNETCORE_URLS) overrides it.
        var urls = builder.Configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            urls = $"http://127.0.0.1:{options.HttpPort}";
            builder.WebHost.UseUrls(urls);
        }

        var loopbackOnly = IsLoopbackOnly(urls);
        problems.AddRange(SgGridApiServiceCollectionExtensions.Problems(builder.Configuration, loopbackOnly, out var tenants));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        builder.Services.AddSgGridApi(builder.Configuration, loopbackOnly);
        builder.Services.AddSgGridTelemetry();
        builder.Services.AddSgGridHealth(options);
        builder.Services.AddOptions<SgGridGrainOptions>().Bind(builder.Configuration.GetSection(SgGridGrainOptions.SectionName));
        builder.Services.AddOptions<AnalysisOptions>().Bind(builder.Configuration.GetSection(AnalysisOptions.SectionName));
        builder.UseOrleans(silo =>
        {
            silo.UseSgGridSilo(options, grains =>
            {
                foreach (var tenant in tenants!.Tenants.Where(t => t.Quotas is not null))
                {
                    grains.TenantQuotas[tenant.AccountId] = tenant.Quotas!;
                }
            });
            if (options.Dashboard)
            {
                silo.AddDashboard();
            }
        });

        var app = builder.Build();

        // Instruments exist from the start, so the first scrape already shows every SgGrid series.
        _ = app.Services.GetRequiredService<CompiledFilterCache>();
        _ = app.Services.GetRequiredService<ApiInstruments>();
        app.MapSgGridHealth();
        app.MapSgGridTelemetry();
        if (options.Dashboard)
        {
            app.MapOrleansDashboard(DashboardPath);
        }

        app.MapSgGridApi();
        return (app, []);
    }

    /// <summary>The addresses the HTTP server listens on, once started (<c>--urls http://127.0.0.1:0</c> resolves to the real port).</summary>
    public static IReadOnlyList<string> ListeningAddresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }

    /// <summary>Whether every URL binds a loopback host (127.0.0.0/8, ::1 or localhost): only then is the development tenant offered.</summary>
    public static bool IsLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(url =>
        {
            var host = url.Replace("://+", "://wildcard", StringComparison.Ordinal).Replace("://*", "://wildcard", StringComparison.Ordinal);
            return Uri.TryCreate(host, UriKind.Absolute, out var uri)
                && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)));
        });
    }

    /// <summary>The startup lines about tenants: the development tenant's key when it stands in.</summary>
    public static IEnumerable<string> TenantBanner(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        if (registry.IsDevelopmentDefault)
        {
            var dev = registry.Tenants[0];
            yield return $"Development tenant (loopback only): account {dev.AccountId}, AccessKeyId {dev.AccessKeyId}, AccessKeySecret {dev.AccessKeySecret}";
        }
        else
        {
            yield return $"Tenants: {registry.Tenants.Count} configured in {TenantOptions.SectionName}";
        }
    }
}
