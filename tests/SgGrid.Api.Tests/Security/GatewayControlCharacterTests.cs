using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Security;

/// <summary>
/// Issue 14's decision on control characters: refused (Unicode category Cc) in names, descriptions, rule descriptions and tag
/// keys and values, as <c>Invalid{Name}.Malformed</c> (docs/semantics.md, "Request gateway").
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class GatewayControlCharacterTests(ApiHostFixture host)
{
    [Theory]
    [InlineData("Description", "web\u0000sg", "InvalidDescription.Malformed")]
    [InlineData("Description", "two\nlines", "InvalidDescription.Malformed")]
    [InlineData("Description", "escape\u001b[31m", "InvalidDescription.Malformed")]
    [InlineData("Description", "c1\u0085control", "InvalidDescription.Malformed")]
    [InlineData("SecurityGroupName", "name\u0000", "InvalidSecurityGroupName.Malformed")]
    [InlineData("Tag.1.Value", "value\u0000", "InvalidTagValue.Malformed")]
    [InlineData("Tag.1.Key", "key\t", "InvalidTagKey.Malformed")]
    public async Task CreateSecurityGroup_ControlCharacterInText_IsMalformed_AndCreatesNothing(string parameter, string value, string code)
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        var parameters = new List<(string, string)> { ("RegionId", ApiRegion.RegionId), ("VpcId", region.VpcId), (parameter, value) };
        if (parameter == "Tag.1.Value")
        {
            parameters.Add(("Tag.1.Key", "env"));
        }

        var response = await region.Client.EcsAsync("CreateSecurityGroup", [.. parameters]);

        response.Fails(code, 400);
        var groups = (await region.Client.EcsAsync("DescribeSecurityGroups", ("RegionId", ApiRegion.RegionId), ("VpcId", region.VpcId))).Ok();
        Assert.Equal(0, groups.Element("TotalCount").GetInt32());
    }

    [Fact]
    public async Task AuthorizeSecurityGroup_ControlCharacterInRuleDescription_IsMalformed()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        var group = await region.CreateSecurityGroupAsync();

        var response = await region.Client.EcsAsync("AuthorizeSecurityGroup", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", group),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "10.0.0.0/8"),
            ("Permissions.1.Policy", "Accept"), ("Permissions.1.Priority", "1"), ("Permissions.1.Description", "ssh\u0000"));

        response.Fails("InvalidSecurityGroupDiscription.Malformed", 400);
    }

    [Fact]
    public async Task CreateSecurityGroup_PrintableUnicodeDescription_IsKept()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob));
        const string description = "web sg *(1)! ~ü 安全组";

        var id = (await region.Client.EcsAsync("CreateSecurityGroup", ("RegionId", ApiRegion.RegionId), ("VpcId", region.VpcId), ("Description", description))).Ok().Get("SecurityGroupId");

        var attribute = (await region.Client.EcsAsync("DescribeSecurityGroupAttribute", ("RegionId", ApiRegion.RegionId), ("SecurityGroupId", id))).Ok();
        Assert.Equal(description, attribute.Get("Description"));
    }
}
