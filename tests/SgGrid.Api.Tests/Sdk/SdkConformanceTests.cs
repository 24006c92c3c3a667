using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Sdk;

/// <summary>
/// The official Node SDKs (@alicloud/ecs20140526, @alicloud/vpc20160428, versions locked in tests/sdk) against this
/// process's SgGrid: one test per file of the suite, each covering its actions in both signature versions.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class SdkConformanceTests(ApiHostFixture host)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(NodeSuite.Sdk.Directory, "*.test.js").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task SdkSuite_File_Passes(string file)
    {
        await NodeSuite.Sdk.EnsureInstalledAsync();
        var tenants = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["alice"] = Credentials(ApiHostFixture.Alice),
            ["bob"] = Credentials(ApiHostFixture.Bob),
            ["bulk"] = Credentials(ApiHostFixture.Bulk),
            ["aliceCloudService"] = Credentials(ApiHostFixture.AliceCloudService),
        });

        var (exitCode, output) = await NodeSuite.Sdk.RunFileAsync(file, new Dictionary<string, string>
        {
            ["SGGRID_ENDPOINT"] = host.Endpoint,
            ["SGGRID_TENANTS"] = tenants,
        });

        Assert.True(exitCode == 0, $"node --test {file} failed ({exitCode}):\n{output}");
    }

    private static object Credentials(TestTenant tenant) =>
        new { accountId = tenant.AccountId, accessKeyId = tenant.AccessKeyId, accessKeySecret = tenant.AccessKeySecret };
}
