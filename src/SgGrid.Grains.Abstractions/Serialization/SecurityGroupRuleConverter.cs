using SgGrid.Domain.Addresses;
using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.Serialization;

/// <summary>Converts <see cref="SecurityGroupRule"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class SecurityGroupRuleConverter : IConverter<SecurityGroupRule, SecurityGroupRuleSurrogate>
{
    public SecurityGroupRule ConvertFromSurrogate(in SecurityGroupRuleSurrogate surrogate) =>
        new()
        {
            RuleId = surrogate.RuleId,
            Direction = surrogate.Direction,
            Protocol = surrogate.Protocol,
            DestinationPorts = surrogate.DestinationPorts,
            SourcePorts = surrogate.SourcePorts,
            Remote = surrogate.Remote,
            LocalCidr = surrogate.LocalCidr,
            Policy = surrogate.Policy,
            Priority = surrogate.Priority,
            NicType = surrogate.NicType,
            Description = surrogate.Description ?? "",
        };

    public SecurityGroupRuleSurrogate ConvertToSurrogate(in SecurityGroupRule value) =>
        new()
        {
            RuleId = value.RuleId,
            Direction = value.Direction,
            Protocol = value.Protocol,
            DestinationPorts = value.DestinationPorts,
            SourcePorts = value.SourcePorts,
            Remote = value.Remote,
            LocalCidr = value.LocalCidr,
            Policy = value.Policy,
            Priority = value.Priority,
            NicType = value.NicType,
            Description = value.Description,
        };
}
