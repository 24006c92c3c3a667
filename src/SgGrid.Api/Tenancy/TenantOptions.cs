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

    /// <summary>
    /// This AccessKey acts for a cloud service of its account (as Cloud Firewall or a NAT gateway do through STS): it may create
    /// managed security groups (CreateSecurityGroup with <c>ServiceManaged=true</c>) and delete them. Other keys are refused
    /// <c>ServiceManaged=true</c>, and see managed groups as read-only.
    /// </summary>
    public bool CloudService { get; set; }
}
