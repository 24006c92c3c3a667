using SgGrid.Domain.Errors;
using SgGrid.Grains.Errors;

namespace SgGrid.Grains.NetworkInterfaces;

/// <summary>
/// The per-ENI rule limit of D5 (docs/semantics.md, "Limits"), owned here: the rules of all the ENI's groups, a prefix-list
/// rule weighing its list's MaxEntries, may weigh at most <c>RulesPerNetworkInterface</c>. What the ENI holds is its groups'
/// snapshot weights (joins in flight included) plus the growths its groups reserved and have not yet settled. Reserving and
/// joining both decide against that sum in one turn of this grain, so concurrent growths of several groups of one ENI, and a
/// join during a growth, cannot together pass the limit.
/// </summary>
public sealed partial class NetworkInterfaceGrain
{
    private readonly Dictionary<string, (string GroupId, int Delta, long? SettlesAt)> _ruleWeightHolds = new(StringComparer.Ordinal);

    private int RuleWeightLimit => _options.QuotasFor(State.Owner?.AccountId).RulesPerNetworkInterface;

    public Task<bool> ReserveRuleWeightAsync(string token, string securityGroupId, int delta)
    {
        if (!_ruleWeightHolds.ContainsKey(token))
        {
            if (checked(RuleWeightHeld(except: null) + delta) > RuleWeightLimit)
            {
                return Task.FromResult(false);
            }

            _ruleWeightHolds[token] = (securityGroupId, delta, null);
        }

        return Task.FromResult(true);
    }

    public Task ReleaseRuleWeightAsync(string token, long? settledAtVersion)
    {
        if (settledAtVersion is null)
        {
            _ruleWeightHolds.Remove(token);
        }
        else if (_ruleWeightHolds.TryGetValue(token, out var hold))
        {
            _ruleWeightHolds[token] = hold with { SettlesAt = settledAtVersion };
        }

        return Task.FromResult(true);
    }

    /// <summary>The per-ENI limit's error when the ENI weighs more than it may, the groups in <paramref name="leaving"/> left out.</summary>
    private EcsError? RuleWeightExceeded(IReadOnlySet<string>? leaving = null) =>
        RuleWeightHeld(leaving) > RuleWeightLimit ? ResourceErrors.TooManyRulesOnNetworkInterface(RuleWeightLimit) : null;

    /// <summary>
    /// The groups' snapshot weights plus every hold not yet settled; a hold settles once the ENI serves the version that
    /// carries its weight, or the ENI left the group (settled holds are dropped here).
    /// </summary>
    private int RuleWeightHeld(IReadOnlySet<string>? except)
    {
        RefreshFromSilo();
        var weight = 0;
        foreach (var (groupId, snapshot) in _groups)
        {
            weight = except?.Contains(groupId) == true ? weight : checked(weight + snapshot.RuleWeight);
        }

        foreach (var (token, hold) in _ruleWeightHolds.ToArray())
        {
            var served = _groups.TryGetValue(hold.GroupId, out var group) ? group.Version : (long?)null;
            if (hold.SettlesAt is { } settles && (served is null || served >= settles))
            {
                _ruleWeightHolds.Remove(token);
            }
            else if (except?.Contains(hold.GroupId) != true)
            {
                weight = checked(weight + hold.Delta);
            }
        }

        return weight;
    }
}
