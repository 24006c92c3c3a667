using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.PrefixLists;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.PrefixLists;

/// <summary>
/// Design §3, end to end with the real security group: a prefix-list change re-resolves the rules that use the list and
/// reaches the groups' ENIs before ModifyPrefixList returns (default options wait for convergence).
/// </summary>
[Collection(SharedCluster.Name)]
public class PrefixListPropagationTests(ClusterFixture fixture)
{
    private static readonly NetworkAddress Partner = NetworkAddress.Parse("198.51.100.7");
    private static readonly NetworkAddress Office = NetworkAddress.Parse("192.0.2.7");

    private readonly TestRegion _region = new(fixture.Grains);

    [Fact]
    public async Task Modify_EntryAddedThenRemoved_EniIngressVerdictFlips()
    {
        var listId = TestIds.PrefixList();
        var list = fixture.Grains.GetGrain<IPrefixListGrain>(listId);
        var created = await list.CreateAsync(new PrefixListSpec
        {
            Owner = _region.Owner,
            AddressFamily = IpFamily.IPv4,
            MaxEntries = 10,
            Entries = [new PrefixListEntry(IpCidr.Parse("198.51.100.0/24"), "partner")],
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, new PermissionRequest { IpProtocol = "TCP", PortRange = "443/443", SourcePrefixListId = listId, Priority = "1" });
        var eni = await _region.CreateEniAsync(group);
        Assert.True(await AllowsAsync(eni, Partner));
        Assert.False(await AllowsAsync(eni, Office));

        var added = await list.ModifyAsync(_region.Owner, new PrefixListChange { AddEntries = [new PrefixListEntry(IpCidr.Parse("192.0.2.0/24"), "office")] }, MutationOptions.Default);

        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
        Assert.True(await AllowsAsync(eni, Office));
        Assert.True(await AllowsAsync(eni, Partner));

        var removed = await list.ModifyAsync(_region.Owner, new PrefixListChange { RemoveEntries = [IpCidr.Parse("198.51.100.0/24")] }, MutationOptions.Default);

        Assert.True(removed.Succeeded, string.Join("; ", removed.Errors));
        Assert.False(await AllowsAsync(eni, Partner));
        Assert.True(await AllowsAsync(eni, Office));
    }

    private async Task<bool> AllowsAsync(string eniId, NetworkAddress source)
    {
        var outcome = await _region.Eni(eniId).EvaluateAsync(Direction.Ingress, Flow.Create(source, _region.Enis[eniId], IpProtocol.TcpNumber, 33000, 443));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Value!.Allowed;
    }
}
