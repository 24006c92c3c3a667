using System.Security.Cryptography;
using System.Text;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// A content hash of a directional policy: equal for policies that decide, and explain, every flow alike (same rules
/// with the same ids and resolved addresses in the same order, same trusts, platform entries and default).
/// </summary>
public static class PolicyFingerprint
{
    public static string Of(DirectionalPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var text = new StringBuilder()
            .Append(policy.Direction).Append('|').Append(policy.GroupType).Append('|').Append(policy.DefaultAllows)
            .Append('|').Append(policy.BlockOutboundTcp25).Append('|').AppendJoin(',', policy.GroupIds)
            .Append('|').Append(policy.InternalAddresses).Append('\n');
        foreach (var platform in policy.PlatformAllow)
        {
            text.Append("P ").Append(platform).Append('\n');
        }

        foreach (var trust in policy.IntraGroupTrust)
        {
            text.Append("T ").Append(trust.GroupIndex).Append(' ').Append(trust.GroupId).Append(' ').Append(trust.Members).Append('\n');
        }

        foreach (var rule in policy.Rules)
        {
            var r = rule.Rule;
            text.Append("R ").Append(rule.GroupIndex).Append(' ').Append(rule.GroupId).Append(' ').Append(r.RuleId).Append(' ')
                .Append(r.Protocol).Append(' ').Append(r.DestinationPorts).Append(' ').Append(r.SourcePorts).Append(' ')
                .Append(rule.RemoteAddresses).Append(' ').Append(r.LocalCidr?.ToString() ?? "-").Append(' ')
                .Append(r.Policy).Append(' ').Append(r.Priority).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
