using System.Collections.Frozen;

namespace SgGrid.Api.Tenancy;

/// <summary>
/// The tenants the region serves, looked up by AccessKeyId. With none configured, one development tenant exists
/// (account <c>1000000000000001</c>, <c>sggrid-dev</c> / <c>sggrid-dev-secret</c>), but only while the server listens on
/// loopback alone — a region reachable from elsewhere never gets a well-known key.
/// </summary>
public sealed class TenantRegistry
{
    private readonly FrozenDictionary<string, TenantOptions> _byAccessKeyId;

    private TenantRegistry(IReadOnlyList<TenantOptions> tenants, bool isDevelopmentDefault)
    {
        Tenants = tenants;
        IsDevelopmentDefault = isDevelopmentDefault;
        _byAccessKeyId = tenants.ToFrozenDictionary(t => t.AccessKeyId, StringComparer.Ordinal);
    }

    public static TenantOptions DevelopmentTenant => new()
    {
        AccountId = "1000000000000001",
        AccessKeyId = "sggrid-dev",
        AccessKeySecret = "sggrid-dev-secret",
    };

    public IReadOnlyList<TenantOptions> Tenants { get; }

    /// <summary>True when no tenant was configured and the development tenant stands in.</summary>
    public bool IsDevelopmentDefault { get; }

    /// <summary>Builds the registry, or returns every configuration problem (startup stops on them).</summary>
    public static (TenantRegistry? Registry, IReadOnlyList<string> Problems) Create(IReadOnlyList<TenantOptions>? configured, bool loopbackOnly)
    {
        var tenants = configured ?? [];
        if (tenants.Count == 0)
        {
            return loopbackOnly
                ? (new TenantRegistry([DevelopmentTenant], isDevelopmentDefault: true), [])
                : (null, [$"No tenant is configured in {TenantOptions.SectionName}, and the development tenant is only offered on loopback."]);
        }

        var problems = new List<string>();
        for (var i = 0; i < tenants.Count; i++)
        {
            var tenant = tenants[i];
            if (string.IsNullOrWhiteSpace(tenant.AccountId) || string.IsNullOrWhiteSpace(tenant.AccessKeyId) || string.IsNullOrWhiteSpace(tenant.AccessKeySecret))
            {
                problems.Add($"{TenantOptions.SectionName}:{i} needs AccountId, AccessKeyId and AccessKeySecret.");
            }
        }

        foreach (var duplicate in tenants.GroupBy(t => t.AccessKeyId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{TenantOptions.SectionName}: AccessKeyId '{duplicate.Key}' is configured {duplicate.Count()} times.");
        }

        return problems.Count > 0 ? (null, problems) : (new TenantRegistry([.. tenants], isDevelopmentDefault: false), []);
    }

    public TenantOptions? FindByAccessKeyId(string accessKeyId) =>
        _byAccessKeyId.TryGetValue(accessKeyId, out var tenant) ? tenant : null;

    /// <summary>The secret of <paramref name="accessKeyId"/>, or null: the lookup the signature verifiers take.</summary>
    public string? SecretOf(string accessKeyId) => FindByAccessKeyId(accessKeyId)?.AccessKeySecret;
}
