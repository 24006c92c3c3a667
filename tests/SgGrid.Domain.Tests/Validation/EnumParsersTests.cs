using SgGrid.Domain.Errors;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.Tests.Validation;

public class EnumParsersTests
{
    [Theory]
    [InlineData("accept", InnerAccessPolicy.Accept)]
    [InlineData("Accept", InnerAccessPolicy.Accept)]
    [InlineData("DROP", InnerAccessPolicy.Drop)]
    [InlineData(" drop ", InnerAccessPolicy.Drop)]
    public void TryParseInnerAccessPolicy_AnyCase_Parses(string text, InnerAccessPolicy expected)
    {
        Assert.True(EnumParsers.TryParseInnerAccessPolicy(text, out var policy));
        Assert.Equal(expected, policy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("allow")]
    [InlineData("deny")]
    public void TryParseInnerAccessPolicy_Other_Fails(string text) =>
        Assert.False(EnumParsers.TryParseInnerAccessPolicy(text, out _));

    [Fact]
    public void InvalidInnerAccessPolicy_InvalidPolicyMalformed()
    {
        var error = ValidationErrors.InvalidInnerAccessPolicy();
        Assert.Equal("InvalidPolicy.Malformed", error.Code);
        Assert.Equal("Only Accept and Drop are supported", error.Message);
    }

    [Theory]
    [InlineData("accept", RulePolicy.Accept)]
    [InlineData("ACCEPT", RulePolicy.Accept)]
    [InlineData("Drop", RulePolicy.Drop)]
    public void TryParseRulePolicy_AnyCase_Parses(string text, RulePolicy expected)
    {
        Assert.True(EnumParsers.TryParseRulePolicy(text, out var policy));
        Assert.Equal(expected, policy);
    }

    [Theory]
    [InlineData("ingress", Direction.Ingress)]
    [InlineData("INGRESS", Direction.Ingress)]
    [InlineData("Egress", Direction.Egress)]
    public void TryParseDirection_AnyCase_Parses(string text, Direction expected)
    {
        Assert.True(EnumParsers.TryParseDirection(text, out var direction));
        Assert.Equal(expected, direction);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("inbound")]
    [InlineData("")]
    public void TryParseDirection_Other_Fails(string text) => Assert.False(EnumParsers.TryParseDirection(text, out _));

    [Theory]
    [InlineData("normal", SecurityGroupType.Normal)]
    [InlineData("Normal", SecurityGroupType.Normal)]
    [InlineData("ENTERPRISE", SecurityGroupType.Enterprise)]
    public void TryParseSecurityGroupType_AnyCase_Parses(string text, SecurityGroupType expected)
    {
        Assert.True(EnumParsers.TryParseSecurityGroupType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("basic")]
    [InlineData("advanced")]
    public void TryParseSecurityGroupType_Other_Fails(string text) => Assert.False(EnumParsers.TryParseSecurityGroupType(text, out _));

    [Theory]
    [InlineData("intranet", NicType.Intranet)]
    [InlineData("Intranet", NicType.Intranet)]
    [InlineData("INTERNET", NicType.Internet)]
    public void TryParseNicType_AnyCase_Parses(string text, NicType expected)
    {
        Assert.True(EnumParsers.TryParseNicType(text, out var nicType));
        Assert.Equal(expected, nicType);
    }

    [Fact]
    public void TryParseNicType_Other_Fails() => Assert.False(EnumParsers.TryParseNicType("vpc", out _));

    [Fact]
    public void ToEcsString_EveryEnumeration_UsesEcsOutputSpelling()
    {
        Assert.Equal("Accept", EnumParsers.ToEcsString(RulePolicy.Accept));
        Assert.Equal("Drop", EnumParsers.ToEcsString(RulePolicy.Drop));
        Assert.Equal("Accept", EnumParsers.ToEcsString(InnerAccessPolicy.Accept));
        Assert.Equal("Drop", EnumParsers.ToEcsString(InnerAccessPolicy.Drop));
        Assert.Equal("ingress", EnumParsers.ToEcsString(Direction.Ingress));
        Assert.Equal("egress", EnumParsers.ToEcsString(Direction.Egress));
        Assert.Equal("normal", EnumParsers.ToEcsString(SecurityGroupType.Normal));
        Assert.Equal("enterprise", EnumParsers.ToEcsString(SecurityGroupType.Enterprise));
        Assert.Equal("intranet", EnumParsers.ToEcsString(NicType.Intranet));
        Assert.Equal("internet", EnumParsers.ToEcsString(NicType.Internet));
    }

    [Fact]
    public void ToEcsString_RoundTripsThroughTryParse()
    {
        Assert.All(Enum.GetValues<RulePolicy>(), v => Assert.True(EnumParsers.TryParseRulePolicy(EnumParsers.ToEcsString(v), out var p) && p == v));
        Assert.All(Enum.GetValues<InnerAccessPolicy>(), v => Assert.True(EnumParsers.TryParseInnerAccessPolicy(EnumParsers.ToEcsString(v), out var p) && p == v));
        Assert.All(Enum.GetValues<Direction>(), v => Assert.True(EnumParsers.TryParseDirection(EnumParsers.ToEcsString(v), out var p) && p == v));
        Assert.All(Enum.GetValues<SecurityGroupType>(), v => Assert.True(EnumParsers.TryParseSecurityGroupType(EnumParsers.ToEcsString(v), out var p) && p == v));
        Assert.All(Enum.GetValues<NicType>(), v => Assert.True(EnumParsers.TryParseNicType(EnumParsers.ToEcsString(v), out var p) && p == v));
    }

    [Fact]
    public void EcsErrorCodes_AllConstants_DistinctAndNonEmpty()
    {
        var codes = typeof(EcsErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.All(codes, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
