using SgGrid.Domain.Identifiers;

namespace SgGrid.Domain.Tests.Identifiers;

public class ResourceIdsTests
{
    [Fact]
    public void New_Ids_HaveEcsShapes()
    {
        var random = new Random(42);

        Assert.Matches("^vpc-[a-z0-9]{21}$", ResourceIds.NewVpcId(random));
        Assert.Matches("^vsw-[a-z0-9]{21}$", ResourceIds.NewVSwitchId(random));
        Assert.Matches("^sg-[a-z0-9]{20}$", ResourceIds.NewSecurityGroupId(random));
        Assert.Matches("^sgr-[a-z0-9]{20}$", ResourceIds.NewSecurityGroupRuleId(random));
        Assert.Matches("^eni-[a-z0-9]{20}$", ResourceIds.NewNetworkInterfaceId(random));
        Assert.Matches("^i-[a-z0-9]{20}$", ResourceIds.NewInstanceId(random));
        Assert.Matches("^pl-[a-z0-9]{20}$", ResourceIds.NewPrefixListId(random));
    }

    [Fact]
    public void Create_FromBytes_IsDeterministic()
    {
        byte[] bytes = [0, 1, 25, 26, 35, 36, 255];

        Assert.Equal("pl-abz09ad", ResourceIds.Create("pl-", bytes));
        Assert.True(ResourceIds.HasShape("pl-abz09ad", ResourceIds.PrefixListPrefix));
        Assert.False(ResourceIds.HasShape("pl-ABC", ResourceIds.PrefixListPrefix));
        Assert.False(ResourceIds.HasShape("pl-", ResourceIds.PrefixListPrefix));
    }
}
