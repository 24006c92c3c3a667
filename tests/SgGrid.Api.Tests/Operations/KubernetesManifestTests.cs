using System.Reflection;
using System.Text.Json;
using SgGrid.Api.Hosting;
using SgGrid.Api.Tenancy;
using SgGrid.Api.Tests.Support;
using SgGrid.Grains.Hosting;
using SgGrid.Silo.Hosting;

namespace SgGrid.Api.Tests.Operations;

/// <summary>
/// The manifests in k8s/ (base and both overlays), rendered, validated against the Kubernetes schemas and checked
/// against the silo's real options — section and property names, enum values, default ports, health and metrics paths —
/// which this test reads from the code and hands to the Node suite (tests/k8s).
/// </summary>
public sealed class KubernetesManifestTests
{
    [Fact]
    public async Task Manifests_RenderValidateAndMatchTheSiloOptions()
    {
        await NodeSuite.Kubernetes.EnsureInstalledAsync();
        var defaults = new SiloHostingOptions();
        var expectations = new
        {
            sections = new Dictionary<string, string[]>
            {
                [SiloHostingOptions.SectionName] = PropertiesOf<SiloHostingOptions>(),
                [SgGridApiOptions.SectionName] = PropertiesOf<SgGridApiOptions>(),
                [SgGridGrainOptions.SectionName] = PropertiesOf<SgGridGrainOptions>(),
                [TenantOptions.SectionName] = PropertiesOf<TenantOptions>(),
            },
            enums = new Dictionary<string, string[]>
            {
                [$"{SiloHostingOptions.SectionName}:{nameof(SiloHostingOptions.Clustering)}"] = Enum.GetNames<ClusteringKind>(),
                [$"{SiloHostingOptions.SectionName}:{nameof(SiloHostingOptions.Storage)}"] = Enum.GetNames<StorageKind>(),
                [$"{SiloHostingOptions.SectionName}:{nameof(SiloHostingOptions.Dashboard)}"] = ["true", "false"],
            },
            defaults = new { defaults.SiloPort, defaults.GatewayPort, defaults.HttpPort },
            livenessPath = SgGridHealth.LivenessPath,
            readinessPath = SgGridHealth.ReadinessPath,
            metricsPath = SgGridTelemetry.MetricsPath,
        };

        var (exitCode, output) = await NodeSuite.Kubernetes.RunFileAsync("manifests.test.mjs", new Dictionary<string, string>
        {
            ["SGGRID_SILO_EXPECTATIONS"] = JsonSerializer.Serialize(expectations),
        });

        Assert.True(exitCode == 0, $"node --test manifests.test.mjs failed ({exitCode}):\n{output}");
    }

    private static string[] PropertiesOf<T>() =>
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)];
}
