using System.Collections.Immutable;
using SgGrid.Domain.Rules;

namespace SgGrid.Domain.Analysis;

/// <summary>
/// Rules that expose an ENI to the whole Internet (an ingress accept from 0.0.0.0/0 or ::/0) on remote administration
/// ports, database ports or every port, with the seed's recommendation.
/// </summary>
public static class ExposureCheck
{
    /// <summary>SSH and RDP.</summary>
    public static ImmutableArray<ushort> AdministrationPorts { get; } = [22, 3389];

    /// <summary>MySQL, PostgreSQL, Redis, SQL Server, MongoDB, Elasticsearch.</summary>
    public static ImmutableArray<ushort> DatabasePorts { get; } = [3306, 5432, 6379, 1433, 27017, 9200];

    /// <summary>What the rule exposes, or null when it exposes nothing risky.</summary>
    public static Exposure? Of(SecurityGroupRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Direction != Direction.Ingress || rule.Policy != RulePolicy.Accept || rule.Remote is not CidrPeer { Cidr.PrefixLength: 0 } anywhere)
        {
            return null;
        }

        if (rule.Protocol.IsAll || (rule.Protocol.HasPorts && rule.DestinationPorts.From <= 1 && rule.DestinationPorts.To == ushort.MaxValue))
        {
            return new Exposure(anywhere.Cidr.ToString(), AllPorts: true, [], [],
                $"Accepts {rule.Protocol} on every port from {anywhere.Cidr}: open only the ports the service needs, to the sources that need them.");
        }

        if (!rule.Protocol.HasPorts)
        {
            return null;
        }

        var administration = AdministrationPorts.Where(rule.DestinationPorts.Contains).ToImmutableArray();
        var databases = DatabasePorts.Where(rule.DestinationPorts.Contains).ToImmutableArray();
        if (administration.IsEmpty && databases.IsEmpty)
        {
            return null;
        }

        var advice = new List<string>();
        if (!administration.IsEmpty)
        {
            advice.Add($"remote administration ({string.Join(", ", administration)}) is open to the Internet: restrict it to an office CIDR or a bastion's security group");
        }

        if (!databases.IsEmpty)
        {
            advice.Add($"database ports ({string.Join(", ", databases)}) are open to the Internet: put the databases behind the application tier's security group (reference it instead of {anywhere.Cidr})");
        }

        var text = string.Join("; ", advice);
        return new Exposure(anywhere.Cidr.ToString(), AllPorts: false, administration, databases, char.ToUpperInvariant(text[0]) + text[1..] + ".");
    }
}
