using SgGrid.Api.Tenancy;

namespace SgGrid.Api.Tests.Tenancy;

public class TenantRegistryTests
{
    [Fact]
    public void Create_NoneConfiguredOnLoopback_OffersTheDevelopmentTenant()
    {
        var (registry, problems) = TenantRegistry.Create([], loopbackOnly: true);
        Assert.Empty(problems);
        Assert.True(registry!.IsDevelopmentDefault);
        Assert.Equal("1000000000000001", registry.FindByAccessKeyId("sggrid-dev")!.AccountId);
        Assert.Equal("sggrid-dev-secret", registry.SecretOf("sggrid-dev"));
        Assert.Null(registry.SecretOf("someone-else"));
    }

    [Fact]
    public void Create_NoneConfiguredBeyondLoopback_IsAProblem()
    {
        var (registry, problems) = TenantRegistry.Create(null, loopbackOnly: false);
        Assert.Null(registry);
        Assert.Single(problems);
    }

    [Fact]
    public void Create_ConfiguredTenants_ReplaceTheDevelopmentTenant()
    {
        var (registry, problems) = TenantRegistry.Create(
        [
            new TenantOptions { AccountId = "111", AccessKeyId = "ak-a", AccessKeySecret = "s-a" },
            new TenantOptions { AccountId = "222", AccessKeyId = "ak-b", AccessKeySecret = "s-b" },
        ], loopbackOnly: true);
        Assert.Empty(problems);
        Assert.False(registry!.IsDevelopmentDefault);
        Assert.Equal("222", registry.FindByAccessKeyId("ak-b")!.AccountId);
        Assert.Null(registry.FindByAccessKeyId("sggrid-dev"));
    }

    [Fact]
    public void Create_IncompleteOrDuplicateTenants_ReportsEveryProblem()
    {
        var (registry, problems) = TenantRegistry.Create(
        [
            new TenantOptions { AccountId = "111", AccessKeyId = "ak-a", AccessKeySecret = "" },
            new TenantOptions { AccountId = "222", AccessKeyId = "ak-b", AccessKeySecret = "s" },
            new TenantOptions { AccountId = "333", AccessKeyId = "ak-b", AccessKeySecret = "s" },
        ], loopbackOnly: true);
        Assert.Null(registry);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("ak-b", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(":0 ", StringComparison.Ordinal));
    }
}
