package shop.mapper;

import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import shop.domain.Query;

public interface ProductMapper {
  List<Map<String, Object>> selectSorted(@Param("column") String column, @Param("name") String name);

  List<Map<String, Object>> selectByName(@Param("name") String name);

  List<Map<String, Object>> selectList(Query query);

  List<Map<String, Object>> selectByIds(@Param("ids") List<String> ids);

  int runSql(String sql);

  List<Map<String, Object>> selectColumns(@Param("table") String table, @Param("keyword") String keyword);

  List<Map<String, Object>> selectPage(Query query);

  @Select("SELECT * FROM product WHERE category = '${category}'")
  List<Map<String, Object>> byCategory(@Param("category") String category);

  @Select("SELECT * FROM product WHERE category = #{category}")
  List<Map<String, Object>> byCategorySafe(@Param("category") String category);

  @Update({"UPDATE product SET price = #{price}", " WHERE ${where}"})
  int reprice(@Param("price") String price, @Param("where") String where);

  @Delete("DELETE FROM product WHERE id = #{id}")
  int delete(@Param("id") String id);

  @Select("SELECT * FROM ${table} WHERE id = #{id}")
  Map<String, Object> fromTable(@Param("table") String table, @Param("id") String id);
}
