namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>What the ENI tells its groups about the quotas that span all of them.</summary>
public sealed partial class NetworkInterfaceGrain
{
    public Task<int> CountRulesOutsideAsync(string exceptGroupId)
    {
        // The snapshots are the ENI's own view, current up to fan-outs in flight; a group not yet seen counts nothing.
        var count = 0;
        foreach (var groupId in State.SecurityGroupIds)
        {
            if (!string.Equals(groupId, exceptGroupId, StringComparison.Ordinal) && _groups.TryGetValue(groupId, out var snapshot))
            {
                count += snapshot.Rules.Length;
            }
        }

        return Task.FromResult(count);
    }
}
