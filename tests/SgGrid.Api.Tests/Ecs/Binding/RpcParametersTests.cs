using SgGrid.Api.Ecs.Binding;

namespace SgGrid.Api.Tests.Ecs.Binding;

public class RpcParametersTests
{
    private static RpcParameters Of(params (string Name, string Value)[] parameters) =>
        new(parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));

    [Fact]
    public void GetList_FlattenedIndexes_ComeBackInIndexOrder()
    {
        var parameters = Of(("SecurityGroupIds.10", "sg-j"), ("SecurityGroupIds.2", "sg-b"), ("SecurityGroupIds.1", "sg-a"), ("Other.1", "x"));
        var (values, error) = parameters.GetList("SecurityGroupIds");
        Assert.Null(error);
        Assert.Equal(["sg-a", "sg-b", "sg-j"], values);
    }

    [Fact]
    public void GetList_JsonString_IsAcceptedWhenNoIndexesAreGiven()
    {
        var (values, error) = Of(("SecurityGroupIds", "[\"sg-1\",\"sg-2\"]")).GetList("SecurityGroupIds");
        Assert.Null(error);
        Assert.Equal(["sg-1", "sg-2"], values);
    }

    [Theory]
    [InlineData("[\"sg-1\",")]
    [InlineData("{\"a\":1}")]
    [InlineData("[1,2]")]
    [InlineData("[null]")]
    public void GetList_MalformedJson_IsAnError(string json)
    {
        var (values, error) = Of(("SecurityGroupIds", json)).GetList("SecurityGroupIds");
        Assert.Empty(values);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("SecurityGroupIds.0")]
    [InlineData("SecurityGroupIds.-1")]
    [InlineData("SecurityGroupIds.x")]
    [InlineData("SecurityGroupIds. 1")]
    public void GetList_BadIndex_IsAnError(string name)
    {
        var (_, error) = Of((name, "sg-a")).GetList("SecurityGroupIds");
        Assert.NotNull(error);
    }

    [Fact]
    public void GetObjects_PermissionsFields_GroupedByIndex()
    {
        var parameters = Of(
            ("Permissions.2.IpProtocol", "UDP"), ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"),
            ("Permissions.2.PortRange", "53/53"), ("Permissions.1.SourceCidrIp", "10.0.0.0/8"), ("RegionId", "cn-hangzhou"));
        var (entries, error) = parameters.GetObjects("Permissions");
        Assert.Null(error);
        Assert.Equal([1, 2], entries.Select(e => e.Index));
        Assert.Equal("TCP", entries[0].Entry.Get("IpProtocol"));
        Assert.Equal("10.0.0.0/8", entries[0].Entry.Get("SourceCidrIp"));
        Assert.Equal("53/53", entries[1].Entry.Get("PortRange"));
        Assert.Null(entries[1].Entry.Get("SourceCidrIp"));
    }

    [Fact]
    public void GetObjects_NestedLists_AreListsOfTheEntry()
    {
        var parameters = Of(("NetworkInterface.1.SecurityGroupIds.2", "sg-b"), ("NetworkInterface.1.SecurityGroupIds.1", "sg-a"), ("Tag.1.Key", "env"), ("Tag.1.Value", "prod"));
        var (interfaces, _) = parameters.GetObjects("NetworkInterface");
        Assert.Equal(["sg-a", "sg-b"], interfaces[0].Entry.GetList("SecurityGroupIds").Values);
        var (tags, _) = parameters.GetObjects("Tag");
        Assert.Equal("prod", tags[0].Entry.Get("Value"));
    }

    [Fact]
    public void Get_EmptyValue_IsNotGiven() => Assert.Null(Of(("Description", "")).Get("Description"));
}
