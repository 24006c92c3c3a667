using SgGrid.Domain.Rules;

namespace SgGrid.Grains.Abstractions.SecurityGroups;

/// <summary>A stored rule and when it was created (DescribeSecurityGroupAttribute's CreateTime).</summary>
[GenerateSerializer, Immutable, Alias("sggrid.SecurityGroupRuleView")]
public sealed record SecurityGroupRuleView(
    [property: Id(0)] SecurityGroupRule Rule,
    [property: Id(1)] DateTimeOffset CreateTime);
