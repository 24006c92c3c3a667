using SgGrid.Api.Ecs.Signatures;

namespace SgGrid.Api.Tests.Ecs.Signatures;

public class QueryStringParserTests
{
    [Fact]
    public void Parse_KeepsWireOrderAndRepeatedKeys()
    {
        var pairs = QueryStringParser.Parse("?b=1&a=2&b=3");

        Assert.Equal([new("b", "1"), new("a", "2"), new("b", "3")], pairs);
    }

    [Theory]
    [InlineData("k=a%20b", "a b")]
    [InlineData("k=a+b", "a b")]
    [InlineData("k=a%2Bb", "a+b")]
    [InlineData("k=*()!~", "*()!~")]
    [InlineData("k=%C3%BC", "ü")]
    [InlineData("k=", "")]
    [InlineData("k", "")]
    [InlineData("k=a=b", "a=b")]
    public void Parse_DecodesValues(string text, string expected)
    {
        var pair = Assert.Single(QueryStringParser.Parse(text));

        Assert.Equal("k", pair.Key);
        Assert.Equal(expected, pair.Value);
    }

    [Fact]
    public void Parse_SkipsEmptySegments()
    {
        Assert.Equal(2, QueryStringParser.Parse("&a=1&&b=2&").Count);
        Assert.Empty(QueryStringParser.Parse(""));
    }
}
