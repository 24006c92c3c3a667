using SgGrid.Domain.Validation;

namespace SgGrid.Api.Tenancy;

/// <summary>One tenant of the emulated region: an account and its AccessKey pair (configuration <c>SgGrid:Tenants:N</c>).</summary>
public sealed class TenantOptions
{
    public const string SectionName = "SgGrid:Tenants";

    public string AccountId { get; set; } = "";

    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";

    /// <summary>The tenant's quotas; null means the region's defaults.</summary>
    public SecurityGroupQuotas? Quotas { get; set; }
}
